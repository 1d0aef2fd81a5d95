/*
 * The Danish of Samplan's e-mails: dates as a Dane writes them ("tirsdag den 8. december kl.
 * 10.00"), in Copenhagen time whatever the server's zone.
 */

const ZONE = "Europe/Copenhagen";

export function danishDateTime(iso: string): string {
  const at = new Date(iso);
  const day = new Intl.DateTimeFormat("da-DK", { timeZone: ZONE, weekday: "long", day: "numeric", month: "long" });
  return `${day.format(at).replace(" ", " den ")} kl. ${danishTime(iso)}`;
}

export function danishTime(iso: string): string {
  return new Intl.DateTimeFormat("da-DK", { timeZone: ZONE, hour: "2-digit", minute: "2-digit" })
    .format(new Date(iso))
    .replace(":", ".");
}

/** A calendar day (YYYY-MM-DD) as "8. december". */
export function danishDay(day: string): string {
  return new Intl.DateTimeFormat("da-DK", { timeZone: "UTC", day: "numeric", month: "long" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

export function greeting(name: string): string {
  return `Hej ${name}`;
}

export function signature(): string {
  return "Venlig hilsen\nSamplan";
}
