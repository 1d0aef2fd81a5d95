// Machine translation by Samplan's engineers, 2026-12; reviewed: false (no native speaker has read it yet).
import type { CitizenMailWords } from "../MailWords.ts";

/** The citizen's e-mails in Farsi. */
export const fa: CitizenMailWords = {
  greeting: (name) => `سلام ${name}`,
  signature: "با احترام\nSamplan",
  invitationSubject: (title, when) => `دعوت: ${title}، ${when}`,
  changedSubject: (title, when) => `تغییر: ${title}، ${when}`,
  invited: (title) => `شما به جلسهٔ شبکه "${title}" دعوت شده‌اید.`,
  changed: (title) => `جلسهٔ شبکه "${title}" تغییر کرده است. اکنون این‌طور است.`,
  at: (when) => `زمان: ${when}`,
  video: (url) => `شرکت با تصویر (ویدیو): ${url}`,
  place: (place) => `مکان: ${place}`,
  talkCitizen:
    "دربارهٔ آنچه از دفعهٔ پیش خوب پیش رفته و آنچه اکنون می‌خواهید صحبت می‌کنیم. خودتان تصمیم می‌گیرید چه بگویید.",
  joinGuest: "هماهنگ‌کنندهٔ شما یک لینک یا یک کد به شما می‌دهد تا وارد Samplan شوید.",
  calendarAttached: "جلسه به صورت فایل تقویم هم در این ایمیل هست.",
  tomorrowSubject: (title, time) => `فردا: ${title} ساعت ${time}`,
  tomorrow: (title, time) => `یادآوری: جلسهٔ شبکه "${title}" فردا ساعت ${time}.`,
  cancelledSubject: (title, when) => `لغو شد: ${title}، ${when}`,
  cancelled: (title, when) => `جلسهٔ شبکه "${title}" (${when}) لغو شد.`,
  cancelledNext: "وقتی جلسهٔ تازه‌ای باشد، هماهنگ‌کننده به شما خبر می‌دهد.",
  cancelAttached: "لغو جلسه به صورت فایل تقویم در این ایمیل هست تا جلسه از تقویم شما پاک شود.",
  stepYoursCitizen: "قدمی که با آن موافقت کردید",
  stepDue: (title, yours, due) => `در جلسهٔ شبکه "${title}" دربارهٔ ${yours} توافق کردیم. باید تا ${due} انجام شود.`,
  stepWasDue: (title, yours, due) => `در جلسهٔ شبکه "${title}" دربارهٔ ${yours} توافق کردیم. باید تا ${due} انجام می‌شد.`,
  askHowItGoes: "با یک لمس بگویید کار چطور پیش می‌رود:",
  askHowItGoesOverdue: "با یک لمس بگویید کار چطور پیش می‌رود. اگر سخت است، خوب است آن را هم بدانیم:",
  linkValid: (until) => `این لینک فقط برای شماست و تا ${until} کار می‌کند. وقتی بازش کنید، قدم را می‌بینید.`,
  dueSoonSubject: (due) => `یادآوری: یک قدم باید تا ${due} انجام شود`,
  overdueSubject: (title) => `کار چطور پیش می‌رود؟ یک قدم از "${title}"`,
  newCoordinatorSubject: "هماهنگ‌کنندهٔ تازه‌ای دارید",
  newCoordinator: (name) => `هماهنگ‌کنندهٔ تازهٔ شما ${name} است. ${name} برنامهٔ شما و توافق‌هایتان را خوانده است.`,
  seeSamplan: (url) => `برنامهٔ خود را در Samplan ببینید: ${url}`,
};
