import type { MeetingTemplate } from "@samplan/shared/api";
import { DEFAULT_AGENDA } from "@samplan/shared/model";

/**
 * The meeting methods Samplan ships (issue 20 part 5), version 1 of each. Migration 023 writes
 * them into the database, where templates live; from then on they are rows like any other. To
 * change one, add its version 2 in a new migration: a meeting that used version 1 keeps saying so.
 */
export const BUILT_IN_TEMPLATES: readonly Omit<MeetingTemplate, "id" | "builtIn" | "owner">[] = [
  {
    family: "netvaerksmoede",
    version: 1,
    name: "Netværksmøde",
    description: "Det almindelige netværksmøde: borgerens mål, siden sidst, runden og næste skridt.",
    phases: [...DEFAULT_AGENDA],
  },
  {
    family: "rehabiliteringsteam",
    version: 1,
    name: "Rehabiliteringsteamets møde",
    description: "Teamet hører borgerens ønsker og giver en samlet indstilling med næste skridt.",
    phases: [
      {
        title: "Velkommen og sagens baggrund",
        purpose: "Koordinatoren fortæller kort, hvorfor vi er samlet.",
        section: null,
        timeboxMinutes: 5,
      },
      {
        title: "Borgerens ønsker og mål",
        purpose: "Borgeren fortæller med egne ord, hvad hun ønsker.",
        section: "goals",
        timeboxMinutes: 10,
      },
      {
        title: "Det der virker",
        purpose: "Hvad hjælper allerede: mennesker, steder, vaner og styrker.",
        section: "resources",
        timeboxMinutes: 10,
      },
      {
        title: "Teamets perspektiver",
        purpose: "Hver fagperson siger, hvad de ser, og hvad de kan bidrage med.",
        section: "round",
        timeboxMinutes: 20,
      },
      {
        title: "Indstilling og næste skridt",
        purpose: "Teamets samlede indstilling: hvem gør hvad og hvornår.",
        section: "steps",
        timeboxMinutes: 10,
      },
      {
        title: "Opsummering",
        purpose: "Borgeren hører indstillingen og siger, hvad hun tænker om den.",
        section: null,
        timeboxMinutes: 5,
      },
    ],
  },
  {
    family: "sip",
    version: 1,
    name: "Koordineret indsatsplan (SIP-lignende)",
    description: "Alle indsatser i én plan: hvem gør hvad, og hvem koordinerer.",
    phases: [
      {
        title: "Formål og hvem koordinerer",
        purpose: "Vi aftaler, hvem der holder sammen på planen.",
        section: null,
        timeboxMinutes: 5,
      },
      {
        title: "Borgerens mål",
        purpose: "Målene, som hele planen arbejder hen imod.",
        section: "goals",
        timeboxMinutes: 10,
      },
      {
        title: "Hver indsats nu",
        purpose: "Hvad sker der lige nu i hver indsats, og hvad har virket?",
        section: "observations",
        timeboxMinutes: 15,
      },
      {
        title: "Opgaver og ansvar",
        purpose: "Hvem gør hvad og hvornår – så indsatserne ikke overlapper.",
        section: "steps",
        timeboxMinutes: 15,
      },
      {
        title: "Opfølgning",
        purpose: "Hvornår ser vi på planen igen, og hvem indkalder?",
        section: null,
        timeboxMinutes: 5,
      },
    ],
  },
  {
    family: "aaben-dialog",
    version: 1,
    name: "Åben dialog",
    description:
      "Ingen forberedt dagsorden: samtalen tager udgangspunkt i det, der fylder for borgeren, med en reflekterende runde.",
    phases: [
      {
        title: "Samtalen",
        purpose: "Vi begynder med det, der fylder mest for borgeren, og lytter, før vi foreslår.",
        section: null,
        timeboxMinutes: null,
      },
      {
        title: "Reflekterende runde",
        purpose:
          "Fagpersonerne taler med hinanden om det, de har hørt, mens borgeren lytter; bagefter siger hun, hvad der ramte hende.",
        section: "round",
        timeboxMinutes: 15,
      },
      {
        title: "Hvad gør vi nu?",
        purpose: "Kun det, vi er enige om; resten tager vi op igen.",
        section: "steps",
        timeboxMinutes: 10,
      },
    ],
  },
  {
    family: "kortlaegning",
    version: 1,
    name: "Kortlægning: bekymringer, det der virker, det der skal ske",
    description: "Inspireret af Signs of Safety: konkret om bekymringer og styrker, og en skala for, hvor vi er.",
    phases: [
      {
        title: "Hvad bekymrer os?",
        purpose: "Konkret: hvad er sket, og hvad sker der, hvis intet ændres?",
        section: "observations",
        timeboxMinutes: 15,
      },
      {
        title: "Hvad fungerer?",
        purpose: "Det, der allerede går godt, og hvem der hjælper.",
        section: "resources",
        timeboxMinutes: 15,
      },
      {
        title: "Hvor er vi på 0–10?",
        purpose: "Hver siger sit tal, borgeren først; ingen gennemsnit.",
        section: "goals",
        timeboxMinutes: 10,
      },
      {
        title: "Hvad skal der ske?",
        purpose: "Det næste lille skridt, der rykker ét trin op.",
        section: "steps",
        timeboxMinutes: 15,
      },
    ],
  },
  {
    family: "cti-fasemoede",
    version: 1,
    name: "Fasemøde i et tidsbegrænset forløb (CTI)",
    description: "Et forløb i tre faser – overgang, afprøvning, overdragelse – hvor netværket gradvist tager over.",
    phases: [
      {
        title: "Hvor er vi i forløbet?",
        purpose: "Fase 1: overgang, 2: afprøvning, 3: overdragelse. Hvilken fase er vi i, og hvad betyder det i dag?",
        section: null,
        timeboxMinutes: 5,
      },
      {
        title: "Borgerens mål",
        purpose: "Hvad vil hun nå, før forløbet slutter?",
        section: "goals",
        timeboxMinutes: 10,
      },
      {
        title: "Siden sidst",
        purpose: "Hvad er lykkedes, og hvem så det?",
        section: "observations",
        timeboxMinutes: 10,
      },
      {
        title: "Hvem tager over?",
        purpose: "Mennesker og steder, der bliver, når forløbet slutter.",
        section: "resources",
        timeboxMinutes: 10,
      },
      {
        title: "Næste skridt i denne fase",
        purpose: "Hvem gør hvad – og hvad overdrager vi?",
        section: "steps",
        timeboxMinutes: 10,
      },
      {
        title: "Opsummering",
        purpose: "Vi aftaler, hvornår vi ses, og om vi går videre til næste fase.",
        section: null,
        timeboxMinutes: 5,
      },
    ],
  },
];
