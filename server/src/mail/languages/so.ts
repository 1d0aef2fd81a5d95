// Machine translation by Samplan's engineers, 2026-12; reviewed: false (no native speaker has read it yet).
import type { CitizenMailWords } from "../MailWords.ts";

/** The citizen's e-mails in Somali. */
export const so: CitizenMailWords = {
  greeting: (name) => `Salaan ${name}`,
  signature: "Mahadsanid\nSamplan",
  invitationSubject: (title, when) => `Casuumad: ${title}, ${when}`,
  changedSubject: (title, when) => `Waa la beddelay: ${title}, ${when}`,
  invited: (title) => `Waxaa lagugu casuumay kulanka shabakadda "${title}".`,
  changed: (title) => `Kulanka shabakadda "${title}" waa la beddelay. Waa sidan hadda.`,
  at: (when) => `Waqtiga: ${when}`,
  video: (url) => `Ku soo biir fiidiyow: ${url}`,
  place: (place) => `Goobta: ${place}`,
  talkCitizen:
    "Waxaan ka hadlaynaa waxa si fiican u socday tan iyo markii hore, iyo waxa aad hadda rabto. Adiga ayaa go'aamiya waxa aad sheegayso.",
  joinGuest: "Isku-duwahaagu wuxuu ku siin doonaa link ama kood marka aad ku biirayso Samplan.",
  calendarAttached: "Kulanka waxa kale oo uu ku jiraa e-maylkan sida fayl kalandar.",
  tomorrowSubject: (title, time) => `Berri: ${title} saacadda ${time}`,
  tomorrow: (title, time) => `Xusuusin: kulanka shabakadda "${title}" waa berri saacadda ${time}.`,
  cancelledSubject: (title, when) => `Waa la joojiyay: ${title}, ${when}`,
  cancelled: (title, when) => `Kulanka shabakadda "${title}" (${when}) waa la joojiyay.`,
  cancelledNext: "Isku-duwahaagu wuu kuu sheegi doonaa marka uu jiro kulan cusub.",
  cancelAttached: "Joojinta waxay ku jirtaa fayl kalandar, si kulanku uga baxo kalandarkaaga.",
  stepYoursCitizen: "tallaabo aad ogolaatay",
  stepDue: (title, yours, due) =>
    `Kulanka shabakadda "${title}" waxaan ku heshiinnay ${yours}. Waa in la sameeyaa ${due}.`,
  stepWasDue: (title, yours, due) =>
    `Kulanka shabakadda "${title}" waxaan ku heshiinnay ${yours}. Waxay ahayd in la sameeyo ${due}.`,
  askHowItGoes: "Hal taabasho noogu sheeg sida ay u socoto:",
  askHowItGoesOverdue: "Hal taabasho noogu sheeg sida ay u socoto. Waa wanaag inaan ogaanno haddii ay adag tahay:",
  linkValid: (until) =>
    `Linkigu adiga keliya ayuu kuu yahay wuxuuna shaqeynayaa ilaa ${until}. Markaad furto ayaad arki doontaa tallaabada.`,
  dueSoonSubject: (due) => `Xusuusin: tallaabo waa in la sameeyaa ${due}`,
  overdueSubject: (title) => `Sidee u socotaa? Tallaabo ka timid "${title}"`,
  newCoordinatorSubject: "Waxaad heshay isku-duwe cusub",
  newCoordinator: (name) =>
    `Isku-duwahaaga cusub waa ${name}. ${name} wuxuu akhriyay qorshahaaga iyo waxa aad ku heshiiseen.`,
  seeSamplan: (url) => `Qorshahaaga ka eeg Samplan: ${url}`,
};
