import { useEffect, useState } from "react";
import { canSpeak, deviceVoices, type Voice, voiceFor, watchVoices } from "./speech.ts";

/**
 * Whether the device can read aloud in `locale`:
 * - "looking": its voices have not arrived yet;
 * - "ready": with `voice`;
 * - "none": it has voices, but none for this language (or none arrived in time);
 * - "unsupported": the browser cannot speak at all.
 */
export type VoiceStatus =
  | { kind: "looking" }
  | { kind: "ready"; voice: Voice }
  | { kind: "none" }
  | { kind: "unsupported" };

// Chrome fires `voiceschanged` well within a second; a browser with no voices may never fire it.
const WAIT_FOR_VOICES_MS = 2000;
// The wait is the page's, from the first button on: one added later (a new step) knows at once,
// instead of saying "Læs op" for two seconds beside buttons that say there is no voice.
let waitEnds: number | null = null;

function waitLeft(): number {
  waitEnds ??= Date.now() + WAIT_FOR_VOICES_MS;
  return Math.max(0, waitEnds - Date.now());
}

function statusNow(locale: string, waited: boolean): VoiceStatus {
  if (!canSpeak()) return { kind: "unsupported" };
  const voices = deviceVoices();
  if (voices.length === 0) return waited ? { kind: "none" } : { kind: "looking" };
  const voice = voiceFor(voices, locale);
  return voice ? { kind: "ready", voice } : { kind: "none" };
}

export function useVoice(locale: string): VoiceStatus {
  const [waited, setWaited] = useState(() => waitLeft() === 0);
  const [status, setStatus] = useState(() => statusNow(locale, waited));
  useEffect(() => {
    setStatus(statusNow(locale, waited));
    // Voices can come later too (a language pack installed, a slow start): keep listening.
    const stop = watchVoices(() => setStatus(statusNow(locale, waited)));
    const timer = waited ? undefined : setTimeout(() => setWaited(true), waitLeft());
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [locale, waited]);
  return status;
}
