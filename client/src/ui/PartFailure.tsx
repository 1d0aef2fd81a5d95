import type { ClientErrorPart } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";

interface Props {
  part: ClientErrorPart;
  /** The part's code did not load: a new version was put out since the page opened. */
  newCode: boolean;
  /** The id the server logged it under, for a call to support. */
  reference: string | null;
  retry: () => void;
}

/** What stands in for a part that could not be drawn: what is wrong, that the rest works, "Prøv igen". */
export function PartFailure({ part, newCode, reference, retry }: Props) {
  const { t } = useTranslation();
  const page = part === "page";
  const notice = (
    <div className="notice notice--error part-failure" role="alert" data-failed-part={part}>
      {page ? <h1>{t("failure.part.page")}</h1> : <p className="part-failure__what">{t(`failure.part.${part}`)}</p>}
      <p>{newCode ? t("failure.newCode") : page ? t("failure.nothingLost") : t("failure.restWorks")}</p>
      {/* The first eight characters find the line in the log, and are easy to read aloud on the phone. */}
      {reference ? <p className="muted">{t("failure.reference", { id: reference.slice(0, 8) })}</p> : null}
      <p className="part-failure__actions">
        <button type="button" className="button button--primary" onClick={retry}>
          {t("app.retry")}
        </button>
        {page ? (
          <a className="button" href="/">
            {t("app.homeLink")}
          </a>
        ) : null}
      </p>
    </div>
  );
  // The page's own frame (header, landmarks) may be what failed: the page's message stands alone.
  return page ? <main className="page-failure">{notice}</main> : notice;
}
