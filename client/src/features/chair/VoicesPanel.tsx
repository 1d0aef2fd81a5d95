import { countVoices, listFloor, ownWords, readMeetingContent } from "@samplan/shared/model";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ToolPanel } from "../../ui/ToolPanel.tsx";
import { useMeeting } from "../meeting/useMeeting.ts";
import type { Chair } from "./useChair.ts";

interface Props {
  chair: Chair;
  /** When the meeting was closed: a turn nobody ended stops there. */
  closedAt: string | null;
}

const TICK_MS = 5_000;

/**
 * "Hvem fik ordet" (issue 20, every voice counted): speaking time per person and the citizen's
 * share, how long raised hands waited, and how much of the plan is in her own words. The chair's
 * alone, during the meeting and after it; an estimate from who was given the floor, never sound.
 */
export function VoicesPanel({ chair, closedAt }: Props) {
  const { t } = useTranslation();
  const { doc, isCitizen } = useMeeting();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (closedAt) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [closedAt]);
  // Read again whenever the chair's document changes (chair.view) or the clock ticks.
  void chair.view;
  const until = closedAt ? Date.parse(closedAt) : now + chair.offset;
  const figures = countVoices(listFloor(chair.connection.chair.doc), until);
  const words = ownWords(readMeetingContent(doc), isCitizen);
  const percent = (share: number) => Math.round(share * 100);
  const duration = (ms: number) => {
    const seconds = Math.round(ms / 1000);
    return seconds < 60
      ? t("voices.durationSeconds", { seconds })
      : t("voices.duration", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  };

  return (
    <ToolPanel title={t("voices.toggle")} className="voices-panel">
      <p className="muted">{t("voices.intro")}</p>
      <h3 className="voices-panel__heading">{t("voices.speakingHeading")}</h3>
      {figures.speakers.length === 0 ? (
        <p className="plan-section__empty">{t("voices.nobodyYet")}</p>
      ) : (
        <>
          <p className="voices-panel__share">
            {t("voices.citizenShare", { percent: percent(figures.citizenShare ?? 0) })}
          </p>
          <table className="voices-table">
            <caption className="visually-hidden">{t("voices.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("voices.who")}</th>
                <th scope="col">{t("voices.time")}</th>
                <th scope="col">{t("voices.share")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.speakers.map((speaker) => {
                const share = figures.totalMs === 0 ? 0 : speaker.ms / figures.totalMs;
                return (
                  <tr key={speaker.key} className={speaker.role === "borger" ? "voices-table__citizen" : undefined}>
                    <th scope="row">
                      {speaker.name}
                      {speaker.role ? <span className="muted"> · {t(`roles.${speaker.role}`)}</span> : null}
                    </th>
                    <td>{duration(speaker.ms)}</td>
                    <td>
                      <span className="voices-table__bar" aria-hidden="true">
                        <span style={{ inlineSize: `${percent(share)}%` }} />
                      </span>
                      {t("voices.percent", { percent: percent(share) })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <h3 className="voices-panel__heading">{t("voices.handsHeading")}</h3>
      <p>
        {figures.waits
          ? t("voices.handsWaited", {
              count: figures.waits.count,
              average: duration(figures.waits.averageMs),
              longest: duration(figures.waits.longestMs),
              name: figures.waits.longestName,
            })
          : t("voices.noHands")}
      </p>
      <h3 className="voices-panel__heading">{t("voices.ownWordsHeading")}</h3>
      <p>
        {words.items === 0
          ? t("voices.planEmpty")
          : t("voices.ownWords", {
              count: words.citizenItems,
              items: words.items,
              percent: percent(words.characters === 0 ? 0 : words.citizenCharacters / words.characters),
            })}
      </p>
    </ToolPanel>
  );
}
