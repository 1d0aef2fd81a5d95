import { LIFE_AREAS, type LifeArea } from "./lifeAreas.ts";

/**
 * Who works with what, read from the words of a roster entry's profession and organisation: a
 * part of a word is enough ("boligrådgiver", "Bostøtten", "socialpsykiatrisk"), compared in lower
 * case. Derived rather than asked, so every roster written before areas existed counts at once and
 * the coordinator types nothing new; a profession that names no area here covers none (a
 * "socialrådgiver" works across areas, so she is not taken to cover any one of them). A module of
 * its own, apart from LifeArea, so the table stays out of the first page's load: only the roster
 * form and the chair's checklist read it.
 */
export const AREA_WORDS: Readonly<Record<LifeArea, readonly string[]>> = {
  housing: ["bolig", "bostøtte", "botilbud", "hjemløs", "herberg", "forsorgshjem", "udslusning"],
  health: ["læge", "psykolog", "psykiat", "sygeplej", "sundhed", "fysioterap", "ergoterap", "tandlæge", "hospital"],
  substances: ["misbrug", "rusmiddel", "alkohol", "stofbehandl", "behandlingscenter", "afrusning"],
  work: [
    "jobkonsulent",
    "virksomhedskonsulent",
    "praktik",
    "jobcent",
    "uddannelse",
    "mentor",
    "ungevejled",
    "beskæftigelse",
  ],
  money: ["gæld", "økonomi", "budget", "ydelse", "pension"],
  network: ["familie", "pårørende", "netværk"],
  dailyLife: ["hjemmehjælp", "hjemmepleje", "aktivitet", "værested", "hverdag"],
};

/** The areas the words of a profession and an organisation speak of, in the order of LIFE_AREAS. */
export function areasFromWords(...words: readonly string[]): LifeArea[] {
  const text = words.join(" ").toLocaleLowerCase("da").normalize("NFC");
  if (!text.trim()) return [];
  return LIFE_AREAS.filter((area) => AREA_WORDS[area].some((word) => text.includes(word)));
}
