import { useCallback, useEffect, useRef, useState } from "react";

/**
 * A message for a polite live region. The region is emptied first and filled a moment later, so
 * saying the same thing twice in a row ("Mål 2 er flyttet…") is still read out the second time.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const announce = useCallback((next: string) => {
    clearTimeout(timer.current);
    setMessage("");
    timer.current = setTimeout(() => setMessage(next), 50);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, announce];
}
