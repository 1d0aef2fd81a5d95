import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { canSpeak, deviceVoices, speak, type Voice, voiceFor, watchVoices, wordAt } from "./speech.ts";

// The device's speech synthesis is the edge of Samplan: a stand-in that records what it is asked
// to say and lets the test play the voice (boundaries, end) in its place.
class FakeUtterance extends EventTarget {
  lang = "";
  voice: Voice | null = null;
  readonly text: string;
  constructor(text: string) {
    super();
    this.text = text;
  }
  fire(type: string, fields: Record<string, unknown> = {}) {
    this.dispatchEvent(Object.assign(new Event(type), fields));
  }
}

class FakeSynthesis extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  voices: Voice[];
  constructor(voices: Voice[]) {
    super();
    this.voices = voices;
  }
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {
    this.cancelled++;
  }
}

const voice = (lang: string, name = lang, localService = true): Voice => ({ lang, name, default: false, localService });
const danish = voice("da-DK", "Sara");
const english = voice("en-GB", "Daniel");

let device: FakeSynthesis;
beforeEach(() => {
  device = new FakeSynthesis([english, danish]);
  vi.stubGlobal("speechSynthesis", device);
  vi.stubGlobal("SpeechSynthesisUtterance", FakeUtterance);
});
afterEach(() => vi.unstubAllGlobals());

const quiet = () => ({ word: vi.fn(), end: vi.fn(), failed: vi.fn() });

describe("voiceFor", () => {
  it("takes the voice for exactly the locale", () => {
    expect(voiceFor([english, voice("da"), danish], "da-DK")).toBe(danish);
  });

  it("takes any voice of the language when none is for the locale, however the browser writes it", () => {
    expect(voiceFor([english, voice("da_dk", "Helle")], "da-DK")?.name).toBe("Helle");
    expect(voiceFor([voice("en-US", "Samantha")], "en-GB")?.name).toBe("Samantha");
  });

  it("prefers a voice on the device to one over the network", () => {
    const online = voice("da-DK", "Google dansk", false);
    expect(voiceFor([online, danish], "da-DK")).toBe(danish);
  });

  it("finds none where the device has no voice for the language", () => {
    expect(voiceFor([english, voice("sv-SE")], "da-DK")).toBeNull();
    expect(voiceFor([], "da-DK")).toBeNull();
  });
});

describe("the device", () => {
  it("says when it cannot speak at all", () => {
    vi.stubGlobal("speechSynthesis", undefined);
    expect(canSpeak()).toBe(false);
    expect(deviceVoices()).toEqual([]);
  });

  it("reports voices that arrive after the page", () => {
    device.voices = [];
    const changed = vi.fn();
    const stop = watchVoices(changed);
    device.voices = [danish];
    device.dispatchEvent(new Event("voiceschanged"));
    expect(changed).toHaveBeenCalledTimes(1);
    expect(deviceVoices()).toEqual([danish]);
    stop();
    device.dispatchEvent(new Event("voiceschanged"));
    expect(changed).toHaveBeenCalledTimes(1);
  });
});

describe("speak", () => {
  it("asks the device to say the text in the language, with the voice found", () => {
    speak("Jeg vil arbejde med dyr", "da-DK", danish, quiet());
    expect(device.spoken.map((u) => ({ text: u.text, lang: u.lang, voice: u.voice?.name }))).toEqual([
      { text: "Jeg vil arbejde med dyr", lang: "da-DK", voice: "Sara" },
    ]);
  });

  it("reports each word as it is reached, and the end", () => {
    const on = quiet();
    speak("Jeg vil arbejde med dyr", "da-DK", danish, on);
    const [utterance] = device.spoken;
    utterance?.fire("boundary", { name: "word", charIndex: 8, charLength: 7 });
    utterance?.fire("boundary", { name: "word", charIndex: 20 });
    utterance?.fire("end");
    expect(on.word.mock.calls).toEqual([[{ start: 8, end: 15 }], [{ start: 20, end: 23 }]]);
    expect(on.end).toHaveBeenCalledTimes(1);
  });

  it("stops: the device is told to be quiet, and nothing more is reported", () => {
    const on = quiet();
    const stop = speak("Jeg vil arbejde med dyr", "da-DK", danish, on);
    const before = device.cancelled;
    stop();
    expect(device.cancelled).toBe(before + 1);
    device.spoken[0]?.fire("error", { error: "interrupted" });
    device.spoken[0]?.fire("boundary", { name: "word", charIndex: 4 });
    expect(on.end).toHaveBeenCalledTimes(1);
    expect(on.word).not.toHaveBeenCalled();
    expect(on.failed).not.toHaveBeenCalled();
  });

  it("says so when the device could not read it", () => {
    const on = quiet();
    speak("Jeg vil arbejde med dyr", "da-DK", danish, on);
    device.spoken[0]?.fire("error", { error: "synthesis-failed" });
    expect(on.failed).toHaveBeenCalledTimes(1);
    expect(on.end).not.toHaveBeenCalled();
  });
});

describe("wordAt", () => {
  it("runs a word without a length to the next space or the end", () => {
    expect(wordAt("Jeg vil", 0)).toEqual({ start: 0, end: 3 });
    expect(wordAt("Jeg vil", 4, 0)).toEqual({ start: 4, end: 7 });
  });
});
