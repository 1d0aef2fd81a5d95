import { useEffect, useRef } from "react";
import { useLocation } from "wouter";
import { isMeetingPath, newVersion } from "../serviceWorker.ts";
import { useNewVersion } from "./useNewVersion.ts";

/**
 * A waiting new version goes in by itself when she moves to a page that is not a meeting: between
 * pages nothing is half-typed, and no meeting is cut off. In a meeting it waits for "Opdater".
 */
export function useUpdateBetweenPages(): void {
  const [location] = useLocation();
  const waiting = useNewVersion();
  const shown = useRef(location);
  useEffect(() => {
    if (location === shown.current) return;
    shown.current = location;
    if (waiting && !isMeetingPath(location)) newVersion.apply();
  }, [location, waiting]);
}
