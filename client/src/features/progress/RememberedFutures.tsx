import type { CaseProgress } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { dateTimeFormat } from "../../ui/formats.ts";

/**
 * Et år frem in the progress view: each remembered future under the day it was said, every answer
 * beside what it became (a goal, a step, something that works) and how that stands now. When a
 * year or more has passed, it is headed as the year-later look back: what we said, what happened.
 */
export function RememberedFutures({ futures }: { futures: CaseProgress["futures"] }) {
  const { t, i18n } = useTranslation();
  if (futures.length === 0) return null;
  const format = dateTimeFormat(localeFor(i18n.resolvedLanguage), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return (
    <>
      {futures.map((future) => {
        const headingId = `future-${future.saidOn}`;
        const said = format.format(new Date(`${future.saidOn}T12:00:00Z`));
        return (
          <section key={future.saidOn} className="stack progress-section" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {future.yearLater ? `${t("futureDialogue.progress.yearLater")}: ` : null}
              {t("futureDialogue.progress.heading", { date: said })}
            </h2>
            <p className="muted">{t("futureDialogue.progress.intro")}</p>
            <ul className="remembered-future">
              {future.answers.map(({ answer, now }) => {
                const became = t(`futureDialogue.progress.became.${answer.became?.kind ?? "none"}`);
                return (
                  <li key={answer.id}>
                    <strong>{t(`futureDialogue.everyone.parts.${answer.part}`)}</strong> ({answer.speaker.name}): »
                    {answer.text}«
                    <br />
                    {now
                      ? t("futureDialogue.progress.nowStatus", {
                          became,
                          status: t(`futureDialogue.progress.now.${now}`),
                        })
                      : became}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
