import { useEffect, useState } from "react";

/**
 * A value once it has stopped changing for `ms`: what is being typed, read when the writer pauses,
 * so what follows it does not flicker with every key.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
