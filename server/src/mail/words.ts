import { DATE_LOCALES, type MailLanguage } from "@samplan/shared/vocabulary";
import { ar } from "./languages/ar.ts";
import { fa } from "./languages/fa.ts";
import { pl } from "./languages/pl.ts";
import { so } from "./languages/so.ts";
import { tr } from "./languages/tr.ts";
import { uk } from "./languages/uk.ts";
import { ur } from "./languages/ur.ts";
import type { CitizenMailWords, MailWords } from "./MailWords.ts";

/*
 * The words of Samplan's e-mails, in Danish and in English for those who chose it, and the
 * citizen's e-mails in the other languages of her view (languages/, issue 21). Dates are
 * written as each language writes them ("tirsdag den 8. december kl. 10.00", "Tuesday 8
 * December at 10:00"), in Copenhagen time whatever the server's zone.
 */

const ZONE = "Europe/Copenhagen";

const da: MailWords = {
  greeting: (name) => `Hej ${name}`,
  signature: "Venlig hilsen\nSamplan",
  dateTime: (iso) => {
    const day = new Intl.DateTimeFormat("da-DK", { timeZone: ZONE, weekday: "long", day: "numeric", month: "long" });
    return `${day.format(new Date(iso)).replace(" ", " den ")} kl. ${da.time(iso)}`;
  },
  time: (iso) =>
    new Intl.DateTimeFormat("da-DK", { timeZone: ZONE, hour: "2-digit", minute: "2-digit" })
      .format(new Date(iso))
      .replace(":", "."),
  day: (day) => calendarDay("da-DK", day),
  invitationSubject: (title, when) => `Invitation: ${title}, ${when}`,
  changedSubject: (title, when) => `Ændret: ${title}, ${when}`,
  invited: (title) => `Du er inviteret til netværksmødet "${title}".`,
  changed: (title) => `Netværksmødet "${title}" er ændret. Her er det, som det er nu.`,
  at: (when) => `Tid: ${when}`,
  video: (url) => `Deltag på video: ${url}`,
  place: (place) => `Sted: ${place}`,
  talkCitizen:
    "Vi taler om, hvad der er gået godt siden sidst, og hvad du gerne vil nu. Du bestemmer selv, hvad du vil sige.",
  talkStaff: "Vi ser på, hvad der er sket siden sidst, og aftaler de næste skridt sammen med borgeren.",
  joinStaff: (url) => `Mødet i Samplan: ${url}`,
  joinGuest: "Din koordinator giver dig et link eller en kode, når du skal være med i Samplan.",
  calendarAttached: "Mødet ligger også som kalenderfil i denne e-mail.",
  tomorrowSubject: (title, time) => `I morgen: ${title} kl. ${time}`,
  tomorrow: (title, time) => `Husk netværksmødet "${title}" i morgen kl. ${time}.`,
  cancelledSubject: (title, when) => `Aflyst: ${title}, ${when}`,
  cancelled: (title, when) => `Netværksmødet "${title}" ${when} er aflyst.`,
  cancelledNext: "Din koordinator giver besked, når der er et nyt møde.",
  cancelAttached: "Aflysningen ligger også som kalenderfil i denne e-mail, så mødet forsvinder fra din kalender.",
  stepYoursCitizen: "et skridt, du har sagt ja til",
  stepYoursStaff: "et skridt, du står for",
  stepDue: (title, yours, due) => `På netværksmødet "${title}" aftalte vi ${yours}. Det skal være gjort den ${due}.`,
  stepWasDue: (title, yours, due) =>
    `På netværksmødet "${title}" aftalte vi ${yours}. Det skulle have været gjort den ${due}.`,
  askHowItGoes: "Fortæl med et tryk, hvordan det går:",
  askHowItGoesOverdue: "Fortæl med et tryk, hvordan det går. Det er også godt at vide, hvis det driller:",
  linkValid: (until) => `Linket er kun til dig og virker til den ${until}. Du ser skridtet, når du åbner det.`,
  dueSoonSubject: (due) => `Påmindelse: et skridt skal være gjort den ${due}`,
  overdueSubject: (title) => `Hvordan går det? Et skridt fra "${title}"`,
  newCoordinatorSubject: "Du har fået en ny koordinator",
  newCoordinator: (name) => `Din nye koordinator er ${name}. ${name} har læst din plan og det, I har aftalt.`,
  seeSamplan: (url) => `Du kan se din plan i Samplan: ${url}`,
};

const en: MailWords = {
  greeting: (name) => `Hello ${name}`,
  signature: "Kind regards\nSamplan",
  dateTime: (iso) => {
    const day = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, weekday: "long", day: "numeric", month: "long" });
    return `${day.format(new Date(iso))} at ${en.time(iso)}`;
  },
  time: (iso) =>
    new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit" }).format(new Date(iso)),
  day: (day) => calendarDay("en-GB", day),
  invitationSubject: (title, when) => `Invitation: ${title}, ${when}`,
  changedSubject: (title, when) => `Changed: ${title}, ${when}`,
  invited: (title) => `You are invited to the network meeting "${title}".`,
  changed: (title) => `The network meeting "${title}" has changed. This is how it is now.`,
  at: (when) => `When: ${when}`,
  video: (url) => `Join by video: ${url}`,
  place: (place) => `Where: ${place}`,
  talkCitizen:
    "We talk about what has gone well since last time, and what you would like now. You decide what you say.",
  talkStaff: "We look at what has happened since last time and agree on the next steps together with the citizen.",
  joinStaff: (url) => `The meeting in Samplan: ${url}`,
  joinGuest: "Your coordinator gives you a link or a code when you are to join in Samplan.",
  calendarAttached: "The meeting is also attached as a calendar file.",
  tomorrowSubject: (title, time) => `Tomorrow: ${title} at ${time}`,
  tomorrow: (title, time) => `A reminder of the network meeting "${title}" tomorrow at ${time}.`,
  cancelledSubject: (title, when) => `Cancelled: ${title}, ${when}`,
  cancelled: (title, when) => `The network meeting "${title}" on ${when} is cancelled.`,
  cancelledNext: "Your coordinator will let you know when there is a new meeting.",
  cancelAttached: "The cancellation is attached as a calendar file, so the meeting leaves your calendar.",
  stepYoursCitizen: "a step you said yes to",
  stepYoursStaff: "a step you are responsible for",
  stepDue: (title, yours, due) => `At the network meeting "${title}" we agreed on ${yours}. It is due on ${due}.`,
  stepWasDue: (title, yours, due) => `At the network meeting "${title}" we agreed on ${yours}. It was due on ${due}.`,
  askHowItGoes: "Tell us with one tap how it is going:",
  askHowItGoesOverdue: "Tell us with one tap how it is going. It is good to know if it is difficult, too:",
  linkValid: (until) => `The link is for you only and works until ${until}. You see the step when you open it.`,
  dueSoonSubject: (due) => `Reminder: a step is due on ${due}`,
  overdueSubject: (title) => `How is it going? A step from "${title}"`,
  newCoordinatorSubject: "You have a new coordinator",
  newCoordinator: (name) => `Your new coordinator is ${name}. ${name} has read your plan and what you have agreed.`,
  seeSamplan: (url) => `You can see your plan in Samplan: ${url}`,
};

/**
 * A citizen's language: her e-mails in it, dates as Intl writes them there. The lines only staff
 * read stay Danish; a professional's e-mails are in Danish or English (the roster offers no other).
 */
function citizenLanguage(language: Exclude<MailLanguage, "da" | "en">, words: CitizenMailWords): MailWords {
  const locale = DATE_LOCALES[language];
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
  return {
    talkStaff: da.talkStaff,
    joinStaff: da.joinStaff,
    stepYoursStaff: da.stepYoursStaff,
    ...words,
    dateTime: (iso) =>
      new Intl.DateTimeFormat(locale, {
        timeZone: ZONE,
        weekday: "long",
        day: "numeric",
        month: "long",
        hour: "2-digit",
        minute: "2-digit",
      }).format(new Date(iso)),
    time,
    day: (day) => calendarDay(locale, day),
  };
}

const WORDS: Record<MailLanguage, MailWords> = {
  da,
  en,
  ar: citizenLanguage("ar", ar),
  so: citizenLanguage("so", so),
  uk: citizenLanguage("uk", uk),
  tr: citizenLanguage("tr", tr),
  fa: citizenLanguage("fa", fa),
  pl: citizenLanguage("pl", pl),
  ur: citizenLanguage("ur", ur),
};

export function mailWords(language: MailLanguage): MailWords {
  return WORDS[language];
}

function calendarDay(locale: string, day: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "long" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
