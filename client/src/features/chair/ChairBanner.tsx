import { advancePhase, currentSpeaker } from "@samplan/shared/model";
import { lazy, Suspense, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { LiveRegion } from "../../ui/LiveRegion.tsx";
import { ReadAloudButton } from "../readAloud/ReadAloudButton.tsx";
import { HandButton } from "./HandButton.tsx";
import { PhaseTimer } from "./PhaseTimer.tsx";
import { SpeakerTimer } from "./SpeakerTimer.tsx";
import type { Chair } from "./useChair.ts";
import "./chair.css";

// The queue of hands is the coordinator's alone: the others' devices do not download it. It draws
// nothing until a hand is raised.
const HandQueue = lazy(() => import("./HandQueue.tsx").then((m) => ({ default: m.HandQueue })));

interface Props {
  chair: Chair;
  /** Observers follow along: no hand to raise. */
  readOnly: boolean;
  /** The citizen's view: where the meeting is now, in one line, without clocks. */
  plain?: boolean;
  /** Without a connection the chair's state cannot come; say so rather than "loading" forever. */
  offline?: boolean;
}

/**
 * Nu · Derefter · time, on top of the meeting page for everyone, staying in view while the plan
 * scrolls. Below it what each person can do here: follow the meeting again, raise a hand, and for
 * the coordinator the queue of hands and "Næste fase". Phase and speaker changes are announced
 * politely; the timer itself is not (it would talk every minute).
 */
export function ChairBanner({ chair, readOnly, plain = false, offline = false }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const { view, offset, hands, follow, isChair, announce, message } = chair;
  const { now, next, state, synced } = view;
  const speaker = currentSpeaker(state);
  const canRaise = !readOnly && !isChair;
  // A closed meeting is read-only for the coordinator too: nothing left to chair.
  const chairs = isChair && !readOnly;

  // The banner stays on top of the screen: whatever gets focus or is scrolled to is kept below it,
  // not hidden under it (the page's scroll padding follows the banner's height).
  const section = useRef<HTMLElement>(null);
  // The citizen's line is read as it is shown: its words are put together in the markup below.
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = section.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      const sticky = getComputedStyle(element).position === "sticky";
      root.style.setProperty("--chair-banner-height", sticky ? `${Math.ceil(element.offsetHeight) + 16}px` : "0px");
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    update();
    return () => {
      observer.disconnect();
      root.style.removeProperty("--chair-banner-height");
    };
  }, []);

  // Say it when the meeting moves on (not for the phase it was in when the page opened).
  const lastPhase = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!synced) return;
    const previous = lastPhase.current;
    lastPhase.current = now?.id ?? null;
    if (previous === undefined || previous === (now?.id ?? null)) return;
    announce(now ? t("chair.banner.announcePhase", { title: now.title }) : t("chair.banner.announceNotStarted"));
  }, [now, synced, announce, t]);

  const roundActive = state.round?.active ?? false;
  const lastSpeaker = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!synced) return;
    const key = speaker ? `${state.round?.current}:${speaker.name}` : null;
    const previous = lastSpeaker.current;
    lastSpeaker.current = key;
    if (previous === undefined || previous === key) return;
    if (speaker) announce(t("chair.banner.announceSpeaker", { name: speaker.name }));
    else if (previous !== null && !roundActive) announce(t("chair.banner.announceRoundEnded"));
  }, [speaker, state.round?.current, roundActive, synced, announce, t]);

  return (
    <section
      ref={section}
      className={plain ? "chair-banner chair-banner--plain" : "chair-banner"}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="visually-hidden" tabIndex={-1}>
        {t("chair.banner.heading")}
      </h2>
      {!synced && view.agenda.length === 0 ? (
        <p className="chair-banner__loading">{offline ? t("chair.banner.offline") : t("chair.banner.loading")}</p>
      ) : plain ? (
        <p ref={line} className="chair-banner__line">
          {now ? (
            <>
              <strong>{t("citizenView.now")}</strong> <span className="chair-banner__title">{now.title}</span>
              {now.purpose ? <span className="chair-banner__purpose"> – {now.purpose}</span> : null}
              {speaker ? (
                <span className="chair-banner__speaker">
                  {" "}
                  · {t("chair.banner.announceSpeaker", { name: speaker.name })}
                </span>
              ) : null}
              {/* What comes next belongs to knowing where we are, for the citizen as for everyone. */}
              <span className="chair-banner__then">
                {" · "}
                {t("chair.banner.next")}: {next ? next.title : t("chair.banner.last")}
              </span>
            </>
          ) : (
            <>
              {t("citizenView.notStarted")}
              {next ? (
                <span className="chair-banner__then">
                  {" · "}
                  {t("chair.banner.next")}: {next.title}
                </span>
              ) : null}
            </>
          )}
        </p>
      ) : (
        <dl className="chair-banner__phases">
          <div className="chair-banner__now">
            <dt>{t("chair.banner.now")}</dt>
            <dd>
              {now ? (
                <>
                  <span className="chair-banner__title">{now.title}</span>
                  {now.purpose ? <span className="chair-banner__purpose">{now.purpose}</span> : null}
                  {speaker ? (
                    <span className="chair-banner__speaker">
                      <span className="chair-banner__speaker-label">{t("chair.banner.speaking")}</span>{" "}
                      <strong>{speaker.name}</strong>
                      {" · "}
                      <SpeakerTimer
                        startedAt={state.speakerStartedAt}
                        timeboxSeconds={state.round?.speakerTimeboxSeconds ?? null}
                        offset={offset}
                      />
                    </span>
                  ) : null}
                </>
              ) : (
                <span className="chair-banner__title">{t("chair.banner.notStarted")}</span>
              )}
            </dd>
          </div>
          <div className="chair-banner__next">
            <dt>{t("chair.banner.next")}</dt>
            <dd>{next ? next.title : now ? t("chair.banner.last") : "–"}</dd>
          </div>
          {now && state.phaseStartedAt !== null ? (
            <div className="chair-banner__time">
              <dt className="visually-hidden">{t("chair.banner.time")}</dt>
              <dd>
                <PhaseTimer startedAt={state.phaseStartedAt} timeboxMinutes={now.timeboxMinutes} offset={offset} />
              </dd>
            </div>
          ) : null}
        </dl>
      )}
      <div className="chair-banner__actions">
        {plain ? (
          // Her Læs op holds its place from the first paint, so nothing below moves when the chair's
          // document arrives; it is shown, and can be reached, once there is a line to read.
          <div className={synced ? "chair-banner__read" : "chair-banner__read chair-banner__read--waiting"}>
            <ReadAloudButton text={() => line.current?.textContent ?? ""} about={t("chair.banner.heading")} />
          </div>
        ) : null}
        {follow.following ? null : (
          <button type="button" className="button button--primary chair-banner__follow" onClick={follow.follow}>
            {t("chair.banner.follow")}
          </button>
        )}
        {canRaise ? <HandButton hands={hands} announce={announce} /> : null}
        {chairs ? (
          <Suspense fallback={null}>
            <HandQueue hands={hands} announce={announce} />
          </Suspense>
        ) : null}
        {chairs ? (
          <button
            type="button"
            className="button button--primary chair-banner__next-phase"
            disabled={view.agenda.length === 0 || (now !== null && next === null)}
            onClick={() => advancePhase(chair.connection.chair.doc)}
          >
            {now ? t("chair.controls.nextPhase") : t("chair.controls.begin")}
          </button>
        ) : null}
      </div>
      <LiveRegion message={message} />
    </section>
  );
}
