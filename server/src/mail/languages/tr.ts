// Machine translation by Samplan's engineers, 2026-12; reviewed: false (no native speaker has read it yet).
import type { CitizenMailWords } from "../MailWords.ts";

/** The citizen's e-mails in Turkish. */
export const tr: CitizenMailWords = {
  greeting: (name) => `Merhaba ${name}`,
  signature: "Saygılarımızla\nSamplan",
  invitationSubject: (title, when) => `Davet: ${title}, ${when}`,
  changedSubject: (title, when) => `Değişti: ${title}, ${when}`,
  invited: (title) => `"${title}" ağ toplantısına davetlisiniz.`,
  changed: (title) => `"${title}" ağ toplantısı değişti. Şimdiki hali bu.`,
  at: (when) => `Zaman: ${when}`,
  video: (url) => `Görüntülü katıl: ${url}`,
  place: (place) => `Yer: ${place}`,
  talkCitizen:
    "Geçen seferden beri neyin iyi gittiğini ve şimdi ne istediğinizi konuşuruz. Ne söyleyeceğinize siz karar verirsiniz.",
  joinGuest: "Samplan'a katılacağınız zaman koordinatörünüz size bir bağlantı ya da kod verir.",
  calendarAttached: "Toplantı bu e-postada takvim dosyası olarak da var.",
  tomorrowSubject: (title, time) => `Yarın: ${title}, saat ${time}`,
  tomorrow: (title, time) => `Hatırlatma: "${title}" ağ toplantısı yarın saat ${time}.`,
  cancelledSubject: (title, when) => `İptal: ${title}, ${when}`,
  cancelled: (title, when) => `"${title}" ağ toplantısı (${when}) iptal edildi.`,
  cancelledNext: "Yeni bir toplantı olunca koordinatörünüz size haber verir.",
  cancelAttached: "İptal, takvim dosyası olarak ekte; böylece toplantı takviminizden silinir.",
  stepYoursCitizen: "evet dediğiniz bir adım",
  stepDue: (title, yours, due) =>
    `"${title}" ağ toplantısında ${yours} üzerine anlaştık. ${due} tarihine kadar yapılmalı.`,
  stepWasDue: (title, yours, due) =>
    `"${title}" ağ toplantısında ${yours} üzerine anlaştık. ${due} tarihine kadar yapılmalıydı.`,
  askHowItGoes: "Tek dokunuşla nasıl gittiğini söyleyin:",
  askHowItGoesOverdue: "Tek dokunuşla nasıl gittiğini söyleyin. Zor gidiyorsa bunu bilmek de iyi olur:",
  linkValid: (until) => `Bağlantı yalnızca sizin için ve ${until} tarihine kadar çalışır. Açınca adımı görürsünüz.`,
  dueSoonSubject: (due) => `Hatırlatma: bir adım ${due} tarihine kadar yapılmalı`,
  overdueSubject: (title) => `Nasıl gidiyor? "${title}" toplantısından bir adım`,
  newCoordinatorSubject: "Yeni bir koordinatörünüz var",
  newCoordinator: (name) => `Yeni koordinatörünüz ${name}. ${name} planınızı ve anlaştıklarınızı okudu.`,
  seeSamplan: (url) => `Planınızı Samplan'da görebilirsiniz: ${url}`,
};
