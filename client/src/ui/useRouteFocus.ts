import { useEffect, useRef } from "react";
import { useLocation } from "wouter";

// Module level, because every page renders its own layout: a ref would start afresh on each page.
let lastLocation: string | null = null;

/**
 * After a client-side navigation, focus moves to the new page's main area, as it would after a
 * full page load; otherwise keyboard and screen reader users stay on a link that is gone. The
 * first page of a visit is left alone, like any freshly loaded page.
 */
export function useRouteFocus<T extends HTMLElement>() {
  const [location] = useLocation();
  const target = useRef<T>(null);

  useEffect(() => {
    if (lastLocation !== null && lastLocation !== location) target.current?.focus();
    lastLocation = location;
  }, [location]);

  return target;
}
