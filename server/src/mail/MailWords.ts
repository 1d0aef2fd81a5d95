/** Every line of Samplan's e-mails, as a function where it takes what is particular to one e-mail. */
export interface MailWords {
  greeting(name: string): string;
  signature: string;
  dateTime(iso: string): string;
  time(iso: string): string;
  /** A calendar day (YYYY-MM-DD): "8. december", "8 December". */
  day(day: string): string;
  invitationSubject(title: string, when: string): string;
  changedSubject(title: string, when: string): string;
  invited(title: string): string;
  changed(title: string): string;
  at(when: string): string;
  video(url: string): string;
  place(place: string): string;
  talkCitizen: string;
  talkStaff: string;
  joinStaff(url: string): string;
  joinGuest: string;
  calendarAttached: string;
  tomorrowSubject(title: string, time: string): string;
  tomorrow(title: string, time: string): string;
  cancelledSubject(title: string, when: string): string;
  cancelled(title: string, when: string): string;
  cancelledNext: string;
  cancelAttached: string;
  stepYoursCitizen: string;
  stepYoursStaff: string;
  stepDue(title: string, yours: string, due: string): string;
  stepWasDue(title: string, yours: string, due: string): string;
  askHowItGoes: string;
  askHowItGoesOverdue: string;
  linkValid(until: string): string;
  dueSoonSubject(due: string): string;
  overdueSubject(title: string): string;
  newCoordinatorSubject: string;
  newCoordinator(name: string): string;
  seeSamplan(url: string): string;
}

/**
 * What a citizen's e-mail in one of her languages needs written: everything but the lines only staff
 * read and the dates, which Intl writes in every language.
 */
export type CitizenMailWords = Omit<
  MailWords,
  "talkStaff" | "joinStaff" | "stepYoursStaff" | "dateTime" | "time" | "day"
>;
