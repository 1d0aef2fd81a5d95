import type { Page } from "@playwright/test";

/** What the page asked the device to say. */
export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

interface FakeVoice {
  name: string;
  lang: string;
}

/** What the stand-in keeps on the page, and the voice's moves the test plays. */
interface SpeechLog {
  spoken: Spoken[];
  cancelled: number;
  word: (charIndex: number, charLength: number) => void;
  finish: () => void;
}

declare global {
  interface Window {
    speechLog: SpeechLog;
  }
}

/**
 * The device's speech synthesis is the edge: Chromium headless has no voices, and a test must not
 * depend on the machine's. This stands in for `speechSynthesis` before the page loads: it records
 * what it is asked to say (text, language, voice), offers `voices` only a moment after the page,
 * as real devices do (`voiceschanged`), and lets the test play the voice reaching a word and ending.
 */
export async function fakeSpeech(page: Page, voices: FakeVoice[]): Promise<void> {
  await page.addInitScript((offered: FakeVoice[]) => {
    class Utterance extends EventTarget {
      text: string;
      lang = "";
      voice: FakeVoice | null = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    let current: Utterance | null = null;
    let available: (FakeVoice & { default: boolean; localService: boolean; voiceURI: string })[] = [];
    const fire = (utterance: Utterance | null, type: string, fields: Record<string, unknown> = {}) =>
      utterance?.dispatchEvent(Object.assign(new Event(type), fields));
    const log: SpeechLog = {
      spoken: [],
      cancelled: 0,
      word: (charIndex, charLength) => fire(current, "boundary", { name: "word", charIndex, charLength }),
      finish: () => {
        const done = current;
        current = null;
        fire(done, "end");
      },
    };
    class Synthesis extends EventTarget {
      getVoices() {
        return available;
      }
      speak(utterance: Utterance) {
        log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        current = utterance;
        fire(utterance, "start");
      }
      cancel() {
        log.cancelled++;
        const interrupted = current;
        current = null;
        fire(interrupted, "error", { error: "interrupted" });
      }
    }
    const synthesis = new Synthesis();
    Object.defineProperty(window, "speechSynthesis", { configurable: true, value: synthesis });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { configurable: true, value: Utterance });
    window.speechLog = log;
    setTimeout(() => {
      available = offered.map((voice) => ({ ...voice, default: false, localService: true, voiceURI: voice.name }));
      synthesis.dispatchEvent(new Event("voiceschanged"));
    }, 200);
  }, voices);
}

export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => window.speechLog.spoken);
}

export function cancelled(page: Page): Promise<number> {
  return page.evaluate(() => window.speechLog.cancelled);
}

/** The voice reaches the word `word` in what it is reading. */
export async function voiceReaches(page: Page, text: string, word: string): Promise<void> {
  const at = text.indexOf(word);
  await page.evaluate(([index, length]) => window.speechLog.word(index, length), [at, word.length] as const);
}

/** The voice comes to the end of what it was reading. */
export function voiceFinishes(page: Page): Promise<void> {
  return page.evaluate(() => window.speechLog.finish());
}
