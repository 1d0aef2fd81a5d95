import type { CaseProgress } from "@samplan/shared/api";
import type { FutureNow } from "@samplan/shared/model";
import { useTranslation } from "react-i18next";

interface Props {
  futures: CaseProgress["futures"];
  /** A YYYY-MM-DD day as the page writes dates. */
  formatDay: (day: string) => string;
}

/**
 * Et år frem in the progress view: each remembered future under the day it was said, every answer
 * beside what it became (a goal, a step, something that works) and how that stands now. When a
 * year or more has passed, it is headed as the year-later look back: what we said, what happened.
 */
export function RememberedFutures({ futures, formatDay }: Props) {
  const { t } = useTranslation();
  return futures.map((future) => {
    const headingId = `future-${future.saidOn}`;
    const heading = t("futureDialogue.progress.heading", { date: formatDay(future.saidOn) });
    return (
      <section key={future.saidOn} className="stack progress-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{future.yearLater ? `${t("futureDialogue.progress.yearLater")}. ${heading}` : heading}</h2>
        <p className="muted">{t("futureDialogue.progress.intro")}</p>
        <ul className="remembered-future">
          {future.answers.map(({ answer, now }, index) => {
            const became = t(`futureDialogue.progress.became.${answer.became?.kind ?? "none"}`);
            return (
              // The answers of one day never change order: they are read from the record.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index}>
                <strong>{t(`futureDialogue.everyone.parts.${answer.part}`)}</strong> ({answer.speaker.name}): »
                {answer.text}«
                <br />
                {now
                  ? t("futureDialogue.progress.nowStatus", {
                      became,
                      status: t(`futureDialogue.progress.now.${now as FutureNow}`),
                    })
                  : became}
              </li>
            );
          })}
        </ul>
      </section>
    );
  });
}
