import type { SectionKey } from "@samplan/shared/vocabulary";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";

export interface ChairFollow {
  /** Whether this view moves along with the chair; false once the person scrolled elsewhere. */
  following: boolean;
  /** "Følg mødet": back to the current phase's section, and following again. */
  follow: () => void;
}

const SCROLL_SETTLE_MS = 200;
const PROGRAMMATIC_SCROLL_MS = 1500;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

function sectionElement(section: SectionKey): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.plan [data-section="${section}"]`);
}

/** The banner stays on top of the page; a section is "in view" below it. */
function bannerBottom(): number {
  return document.querySelector(".chair-banner")?.getBoundingClientRect().bottom ?? 0;
}

function isInView(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  const top = Math.max(0, bannerBottom());
  return rect.bottom > top + 48 && rect.top < window.innerHeight - 48;
}

/** How recently someone must have typed to count as in the middle of writing. */
const WRITING_MS = 10_000;

/**
 * Someone is writing in another part of the plan (focus in a field there, typed in the last few
 * seconds): their view is not pulled away from under them. Focus left in a field long ago does
 * not count; typing there again brings the field back into view by itself.
 */
function isWritingElsewhere(target: HTMLElement, lastTyped: number): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || target.contains(active) || !active.closest(".plan")) return false;
  if (Date.now() - lastTyped > WRITING_MS) return false;
  return active.isContentEditable || active.matches("input, textarea, select");
}

/**
 * Follow the chair: when the phase changes, the view scrolls to the section the phase works in
 * (smoothly, unless the person prefers reduced motion). Scrolling somewhere else yourself, so the
 * section leaves the screen, stops following until "Følg mødet"; so does being in the middle of
 * writing in another section when the phase changes.
 */
export function useChairFollow(section: SectionKey | null, phaseId: string | null, synced: boolean): ChairFollow {
  const [following, setFollowing] = useState(true);
  const followingRef = useRef(true);
  const programmatic = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastTyped = useRef(0);
  const sectionRef = useRef(section);
  useEffect(() => {
    sectionRef.current = section;
  }, [section]);

  const setFollow = useCallback((value: boolean) => {
    followingRef.current = value;
    setFollowing(value);
  }, []);

  const scrollTo = useCallback((target: HTMLElement | null) => {
    const top = target ? target.getBoundingClientRect().top + window.scrollY - bannerBottom() - 16 : 0;
    if (Math.abs(top - window.scrollY) < 2) return;
    if (programmatic.current) clearTimeout(programmatic.current);
    programmatic.current = setTimeout(() => {
      programmatic.current = null;
    }, PROGRAMMATIC_SCROLL_MS);
    window.scrollTo({ top: Math.max(0, top), behavior: prefersReducedMotion() ? "auto" : "smooth" });
  }, []);

  // The phase changed: go along, unless the person left or is writing somewhere else.
  const lastPhase = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!synced) return;
    const previous = lastPhase.current;
    lastPhase.current = phaseId;
    // The phase the meeting was in when the page opened is where the person starts, not a change.
    if (previous === undefined || previous === phaseId || !followingRef.current || !section) return;
    const target = sectionElement(section);
    if (!target) return;
    if (isWritingElsewhere(target, lastTyped.current)) {
      setFollow(false);
      return;
    }
    scrollTo(target);
  }, [phaseId, section, synced, scrollTo, setFollow]);

  // Scrolling yourself so that the current section is off the screen stops following.
  useEffect(() => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      if (programmatic.current || !followingRef.current) return;
      clearTimeout(settle);
      settle = setTimeout(() => {
        const current = sectionRef.current;
        const target = current ? sectionElement(current) : null;
        if (!programmatic.current && target && !isInView(target)) setFollow(false);
      }, SCROLL_SETTLE_MS);
    };
    const onScrollEnd = () => {
      if (programmatic.current) clearTimeout(programmatic.current);
      programmatic.current = null;
    };
    const onInput = () => {
      lastTyped.current = Date.now();
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("scrollend", onScrollEnd);
    document.addEventListener("input", onInput, true);
    return () => {
      clearTimeout(settle);
      document.removeEventListener("input", onInput, true);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("scrollend", onScrollEnd);
    };
  }, [setFollow]);

  useEffect(
    () => () => {
      if (programmatic.current) clearTimeout(programmatic.current);
    },
    [],
  );

  const follow = useCallback(() => {
    setFollow(true);
    const target = sectionRef.current ? sectionElement(sectionRef.current) : null;
    scrollTo(target);
    // The button that was pressed is gone; the section's heading takes focus, without a jump.
    const heading = target?.querySelector<HTMLElement>("h2[tabindex]");
    (heading ?? document.querySelector<HTMLElement>(".chair-banner [tabindex='-1']"))?.focus({ preventScroll: true });
  }, [scrollTo, setFollow]);

  return useMemo(() => ({ following, follow }), [following, follow]);
}
