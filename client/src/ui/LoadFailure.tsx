import { useTranslation } from "react-i18next";
import { errorMessage } from "./errorMessage.ts";

/** A load that failed, with a way to try again rather than a dead end. */
export function LoadFailure({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{errorMessage(error, t)}</p>
      <button type="button" className="button" onClick={retry}>
        {t("app.retry")}
      </button>
    </div>
  );
}
