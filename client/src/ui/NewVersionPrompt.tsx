import { useId } from "react";
import { useTranslation } from "react-i18next";
import { newVersion } from "../serviceWorker.ts";
import { LiveRegion } from "./LiveRegion.tsx";
import { useNewVersion } from "./useNewVersion.ts";

/**
 * "Der er en ny version — opdater, når det passer" (issue 19): at the foot of the screen, over
 * nothing she is writing in, until she chooses the moment. The live region exists before the
 * message, so a screen reader says it when it comes.
 */
export function NewVersionPrompt() {
  const { t } = useTranslation();
  const waiting = useNewVersion();
  const textId = useId();
  return (
    <>
      {waiting ? (
        <aside className="new-version" aria-labelledby={textId}>
          <p id={textId}>{t("update.available")}</p>
          <button type="button" className="button button--primary" onClick={newVersion.apply}>
            {t("update.now")}
          </button>
        </aside>
      ) : null}
      <LiveRegion message={waiting ? t("update.available") : ""} />
    </>
  );
}
