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

function statusNow(locale: string, waited: boolean): VoiceStatus {
  if (!canSpeak()) return { kind: "unsupported" };
  const voices = deviceVoices();
  if (voices.length === 0) return waited ? { kind: "none" } : { kind: "looking" };
  const voice = voiceFor(voices, locale);
  return voice ? { kind: "ready", voice } : { kind: "none" };
}

export function useVoice(locale: string): VoiceStatus {
  const [waited, setWaited] = useState(false);
  const [status, setStatus] = useState(() => statusNow(locale, false));
  useEffect(() => {
    setStatus(statusNow(locale, waited));
    // Voices can come later too (a language pack installed, a slow start): keep listening.
    const stop = watchVoices(() => setStatus(statusNow(locale, waited)));
    const timer = waited ? undefined : setTimeout(() => setWaited(true), WAIT_FOR_VOICES_MS);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [locale, waited]);
  return status;
}
