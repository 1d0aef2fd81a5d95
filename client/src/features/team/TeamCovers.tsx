import type { Cover } from "@samplan/shared/api";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endCover } from "../../api/team.ts";
import { todayLocal } from "../../ui/dates.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { useFormatters } from "../../ui/useFormatters.ts";

/** Who covers for whom and until when; a cover still running can be ended early. */
export function TeamCovers({ covers, onChanged }: { covers: Cover[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [error, setError] = useState<string | null>(null);
  // A cover runs out by itself after its last day; only one still running can be ended.
  const today = todayLocal();
  const end = async (cover: Cover) => {
    setError(null);
    try {
      await endCover(cover.id);
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };
  return (
    <section aria-labelledby="covers-heading" className="stack">
      <h2 id="covers-heading">{t("team.coversHeading")}</h2>
      <p className="muted">{t("team.coversIntro")}</p>
      {covers.length === 0 ? <p className="empty">{t("team.coversEmpty")}</p> : null}
      {covers.length > 0 ? (
        <ul className="link-list">
          {covers.map((cover) => (
            <li key={cover.id}>
              <span>
                {t("team.coverLine", {
                  cover: cover.coverName,
                  absent: cover.absentName,
                  until: format.day(cover.until),
                  reason: t(`team.coverReason.${cover.reason}`),
                  count: cover.cases,
                })}
              </span>
              {cover.endedAt !== null || cover.until < today ? (
                <span className="link-list__meta">
                  {t("team.coverEnded", {
                    date: cover.endedAt !== null ? format.dateTime(cover.endedAt) : format.day(cover.until),
                  })}
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--danger-quiet"
                  aria-label={t("team.coverEndLabel", { cover: cover.coverName, absent: cover.absentName })}
                  onClick={() => end(cover)}
                >
                  {t("team.coverEnd")}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
