import type { MeetingWithCase } from "@samplan/shared/api";
import { currentSpeaker } from "@samplan/shared/model";
import { useTranslation } from "react-i18next";
import { YearAheadQuestion } from "../futureDialogue/YearAheadQuestion.tsx";
import type { MeetingConnection } from "../meeting/useMeetingConnection.ts";
import { BigScreenSection } from "./BigScreenSection.tsx";
import { PhaseTimer } from "./PhaseTimer.tsx";
import { SpeakerTimer } from "./SpeakerTimer.tsx";
import { useChairClock } from "./useChairClock.ts";
import { useChairState } from "./useChairState.ts";

/**
 * What the room sees on the wall: the phase and why, the time, who has the floor, and the part
 * of the plan being worked on. It follows the chair by itself; nothing here can be pressed.
 */
export function BigScreen({ connection, meeting }: { connection: MeetingConnection; meeting: MeetingWithCase }) {
  const { t } = useTranslation();
  const view = useChairState(connection.chair);
  const offset = useChairClock(connection.provider);
  const { now, next, state } = view;
  const speaker = currentSpeaker(state);

  return (
    <>
      <section className="big-screen__now" aria-labelledby="big-screen-now">
        <div>
          <p className="big-screen__label">{t("chair.banner.now")}</p>
          <h1 id="big-screen-now" className="big-screen__title">
            {now ? now.title : view.synced ? t("chair.banner.notStarted") : t("chair.banner.loading")}
          </h1>
          {now?.purpose ? <p className="big-screen__purpose">{now.purpose}</p> : null}
        </div>
        {now && state.phaseStartedAt !== null ? (
          <p className="big-screen__time">
            <PhaseTimer startedAt={state.phaseStartedAt} timeboxMinutes={now.timeboxMinutes} offset={offset} />
          </p>
        ) : null}
      </section>
      <p className="big-screen__next">
        {t("chair.banner.next")}: <strong>{next ? next.title : now ? t("chair.banner.last") : "–"}</strong>
      </p>
      {speaker ? (
        <p className="big-screen__speaker">
          {t("chair.banner.speaking")} <strong>{speaker.name}</strong>
          <SpeakerTimer
            startedAt={state.speakerStartedAt}
            timeboxSeconds={state.round?.speakerTimeboxSeconds ?? null}
            offset={offset}
          />
        </p>
      ) : null}
      <YearAheadQuestion state={state} />
      {now?.section ? (
        <BigScreenSection doc={connection.doc} section={now.section} state={state} />
      ) : (
        <p className="big-screen__meeting" aria-hidden="true">
          {meeting.title}
        </p>
      )}
    </>
  );
}
