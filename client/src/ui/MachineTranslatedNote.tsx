import { useTranslation } from "react-i18next";
import { currentLanguage, isUnreviewed } from "../i18n/index.ts";

/**
 * "Oversat automatisk — spørg, hvis noget er uklart", in her language, on every page of hers while
 * no native speaker has reviewed the translation (its file says reviewed: false).
 */
export function MachineTranslatedNote() {
  const { t } = useTranslation();
  if (!isUnreviewed(currentLanguage())) return null;
  return (
    <p className="machine-translated" role="note">
      {t("app.machineTranslated")}
    </p>
  );
}
