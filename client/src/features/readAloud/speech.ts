/**
 * The device's own speech synthesis (the Web Speech API), in the few calls Samplan needs. Tablets
 * and phones ship voices for their languages; a desktop browser or an in-app browser may have none,
 * or no speech at all, and voices arrive a moment after the page (`voiceschanged`).
 */

/** What Samplan looks at in a voice; a real SpeechSynthesisVoice is one. */
export type Voice = Pick<SpeechSynthesisVoice, "lang" | "name" | "default" | "localService">;

/** Whether the browser can speak at all. */
export function canSpeak(): boolean {
  return typeof speechSynthesis !== "undefined" && typeof SpeechSynthesisUtterance !== "undefined";
}

/** The device's voices now (often none until `voiceschanged` has fired). */
export function deviceVoices(): Voice[] {
  return canSpeak() ? speechSynthesis.getVoices() : [];
}

/** Calls `changed` whenever the device's voices change; returns how to stop. */
export function watchVoices(changed: () => void): () => void {
  if (!canSpeak()) return () => {};
  speechSynthesis.addEventListener("voiceschanged", changed);
  return () => speechSynthesis.removeEventListener("voiceschanged", changed);
}

// Browsers write "da-DK", "da_DK" or "da-dk".
const normal = (lang: string) => lang.replace("_", "-").toLowerCase();
const primary = (lang: string) => normal(lang).split("-")[0] ?? "";

/**
 * A voice for the locale ("da-DK"): one for exactly that locale first, else any for its language
 * ("da"), a voice on the device itself before one fetched over the network (the meeting room's
 * connection may be poor). Null: the device cannot speak this language.
 */
export function voiceFor(voices: readonly Voice[], locale: string): Voice | null {
  const onDeviceFirst = [...voices].sort((a, b) => Number(b.localService) - Number(a.localService));
  return (
    onDeviceFirst.find((voice) => normal(voice.lang) === normal(locale)) ??
    onDeviceFirst.find((voice) => primary(voice.lang) === primary(locale)) ??
    null
  );
}

/** Where a word starts and ends in the text being read. */
export interface Word {
  start: number;
  end: number;
}

/**
 * The word the voice has reached. Safari gives no `charLength`, and some voices give 0: the word
 * then runs to the next space.
 */
export function wordAt(text: string, charIndex: number, charLength?: number): Word {
  if (charLength && charLength > 0) return { start: charIndex, end: Math.min(text.length, charIndex + charLength) };
  const rest = text.slice(charIndex).search(/\s/);
  return { start: charIndex, end: rest === -1 ? text.length : charIndex + rest };
}

export interface Listeners {
  /** The voice has reached a word. */
  word: (word: Word) => void;
  /** Done, whether read to the end or stopped. */
  end: () => void;
  /** The device could not read it (not called when stopped on purpose). */
  failed: () => void;
}

/**
 * Reads `text` aloud in `locale`, with `voice` when one was found (else the device picks one for
 * the language). Whatever the device was reading is stopped first: one voice at a time. Returns
 * how to stop; after stopping, nothing more is reported.
 */
export function speak(text: string, locale: string, voice: Voice | null, on: Listeners): () => void {
  let stopped = false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = locale;
  // The voice must be one of the device's own objects, so it is looked up again by name.
  const own = voice ? speechSynthesis.getVoices().find((v) => v.name === voice.name) : undefined;
  if (own) utterance.voice = own;
  utterance.addEventListener("boundary", (event) => {
    if (!stopped && event.name !== "sentence") on.word(wordAt(text, event.charIndex, event.charLength));
  });
  utterance.addEventListener("end", () => {
    if (!stopped) on.end();
    stopped = true;
  });
  utterance.addEventListener("error", (event) => {
    if (stopped) return;
    stopped = true;
    // Cancelled by another reading: not a failure.
    if (event.error === "interrupted" || event.error === "canceled") on.end();
    else on.failed();
  });
  speechSynthesis.cancel();
  speechSynthesis.speak(utterance);
  return () => {
    if (stopped) return;
    stopped = true;
    speechSynthesis.cancel();
    on.end();
  };
}
