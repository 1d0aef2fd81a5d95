// Machine translation by Samplan's engineers, 2026-12; reviewed: false (no native speaker has read it yet).
import type { CitizenMailWords } from "../MailWords.ts";

/** The citizen's e-mails in Ukrainian. */
export const uk: CitizenMailWords = {
  greeting: (name) => `Вітаємо, ${name}`,
  signature: "З повагою\nSamplan",
  invitationSubject: (title, when) => `Запрошення: ${title}, ${when}`,
  changedSubject: (title, when) => `Зміни: ${title}, ${when}`,
  invited: (title) => `Вас запрошено на зустріч мережі «${title}».`,
  changed: (title) => `Зустріч мережі «${title}» змінилася. Ось як вона виглядає зараз.`,
  at: (when) => `Час: ${when}`,
  video: (url) => `Приєднатися через відео: ${url}`,
  place: (place) => `Місце: ${place}`,
  talkCitizen: "Ми говоримо про те, що вдалося з минулого разу, і чого ви хочете зараз. Ви самі вирішуєте, що сказати.",
  joinGuest: "Ваш координатор дасть вам посилання або код, коли ви приєднаєтеся до Samplan.",
  calendarAttached: "Зустріч також додано до цього листа як файл календаря.",
  tomorrowSubject: (title, time) => `Завтра: ${title} о ${time}`,
  tomorrow: (title, time) => `Нагадування: зустріч мережі «${title}» завтра о ${time}.`,
  cancelledSubject: (title, when) => `Скасовано: ${title}, ${when}`,
  cancelled: (title, when) => `Зустріч мережі «${title}» (${when}) скасовано.`,
  cancelledNext: "Ваш координатор повідомить вам, коли буде нова зустріч.",
  cancelAttached: "Скасування додано як файл календаря, щоб зустріч зникла з вашого календаря.",
  stepYoursCitizen: "крок, на який ви погодилися",
  stepDue: (title, yours, due) =>
    `На зустрічі мережі «${title}» ми домовилися про ${yours}. Його треба зробити до ${due}.`,
  stepWasDue: (title, yours, due) =>
    `На зустрічі мережі «${title}» ми домовилися про ${yours}. Його треба було зробити до ${due}.`,
  askHowItGoes: "Одним натиском скажіть, як справи:",
  askHowItGoesOverdue: "Одним натиском скажіть, як справи. Нам добре знати й тоді, коли це важко:",
  linkValid: (until) => `Посилання лише для вас і працює до ${until}. Відкривши його, ви побачите крок.`,
  dueSoonSubject: (due) => `Нагадування: крок треба зробити до ${due}`,
  overdueSubject: (title) => `Як справи? Крок із «${title}»`,
  newCoordinatorSubject: "У вас новий координатор",
  newCoordinator: (name) =>
    `Ваш новий координатор — ${name}. ${name} прочитав(-ла) ваш план і те, про що ви домовилися.`,
  seeSamplan: (url) => `Ваш план у Samplan: ${url}`,
};
