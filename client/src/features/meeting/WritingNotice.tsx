import { planWriting, type Role } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";

/**
 * What this person may write in the plan, said once above it when it is not everything. `readOnly`
 * is the page's word (an observer, a team lead reading someone else's case).
 */
export function WritingNotice({ role, readOnly }: { role: Role; readOnly: boolean }) {
  const { t } = useTranslation();
  const writing = readOnly && role !== "tolk" ? "none" : planWriting(role);
  if (writing === "all") return null;
  const notice =
    role === "tolk"
      ? t("tableRoles.interpreterNotice")
      : writing === "none"
        ? t("meeting.observerNotice")
        : t("tableRoles.networkNotice");
  return <p className="notice notice--info observer-notice">{notice}</p>;
}
