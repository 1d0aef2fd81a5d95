import { useCallback, useEffect, useId, useSyncExternalStore } from "react";
import { speak, type Voice, type Word } from "./speech.ts";

/** What is being read on this page now, and by which button. */
interface Reading {
  owner: string;
  text: string;
  /** The word the voice has reached; null before the first word. */
  word: Word | null;
  failed: boolean;
}

// One voice for the whole page: the device reads one thing at a time, and two buttons that both
// said "Stop" would be confusing. So the reading lives here, outside any one button.
let reading: Reading | null = null;
let stopReading: (() => void) | null = null;
const listeners = new Set<() => void>();

function set(next: Reading | null): void {
  reading = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function stopAny(): void {
  const stop = stopReading;
  stopReading = null;
  stop?.();
}

/**
 * One "Læs op" button's share of the page's reading: whether it is the one being read, the word
 * reached, and how to start (stopping whatever else was being read) and stop.
 */
export function useReadAloud(locale: string, voice: Voice | null) {
  const owner = useId();
  const current = useSyncExternalStore(subscribe, () => reading);
  const mine = current?.owner === owner ? current : null;

  const start = useCallback(
    (text: string) => {
      stopAny();
      set({ owner, text, word: null, failed: false });
      const stop = speak(text, locale, voice, {
        word: (word) => {
          if (reading?.owner === owner) set({ ...reading, word });
        },
        // Only the reading started last still reports (speak stops the one before for good).
        end: () => {
          stopReading = null;
          if (reading?.owner === owner && !reading.failed) set(null);
        },
        failed: () => {
          stopReading = null;
          if (reading?.owner === owner) set({ ...reading, word: null, failed: true });
        },
      });
      stopReading = stop;
    },
    [owner, locale, voice],
  );

  const stop = useCallback(() => {
    if (reading?.owner !== owner) return;
    stopAny();
    set(null);
  }, [owner]);

  // A block that leaves the screen (an item removed, the meeting closed) stops its reading.
  useEffect(
    () => () => {
      if (reading?.owner === owner) {
        stopAny();
        set(null);
      }
    },
    [owner],
  );

  return {
    reading: mine !== null && !mine.failed ? mine : null,
    failed: mine?.failed ?? false,
    start,
    stop,
  };
}
