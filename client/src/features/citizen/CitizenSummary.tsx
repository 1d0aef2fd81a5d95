import type { Minutes } from "@samplan/shared/record";
import { Fragment, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";
import { ReadAloudButton } from "../readAloud/ReadAloudButton.tsx";
import { sentences } from "../readAloud/sentences.ts";
import { citizenSummaryText } from "./citizenSummaryText.ts";

/**
 * "Det aftalte vi": the minutes in plain language for the citizen — their goals, what happened
 * since last time, who does what next and when, and the next meeting. Short sentences, large type.
 * The words are citizenSummaryText's.
 */
export function CitizenSummary({
  minutes,
  showNextMeeting = true,
  readAloud = false,
}: {
  minutes: Minutes;
  showNextMeeting?: boolean;
  /** On her own device: a "Læs op" for the whole summary. Not where staff see what she gets. */
  readAloud?: boolean;
}) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const format = useFormatters();
  const summary = citizenSummaryText(minutes, { t, format, showNextMeeting });

  return (
    <section ref={section} className="citizen-summary" aria-labelledby="citizen-summary-heading">
      <h2 id="citizen-summary-heading">{summary.title}</h2>
      {readAloud ? (
        <ReadAloudButton
          // Read as shown: the headings and lines, each a sentence, and not the button itself.
          text={() =>
            sentences(
              Array.from(section.current?.querySelectorAll("h2, h3, li, p:not(.read-aloud *)") ?? [], (block) =>
                (block.textContent ?? "").trim(),
              ),
            )
          }
          about={summary.title}
        />
      ) : null}
      {summary.parts.map((part) => (
        <Fragment key={part.heading}>
          <h3>{part.heading}</h3>
          {part.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {part.items.length > 0 ? (
            <ul>
              {part.items.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the minutes are a frozen list without ids.
                <li key={index}>{item}</li>
              ))}
            </ul>
          ) : null}
        </Fragment>
      ))}
      {summary.agreement ? <p>{summary.agreement}</p> : null}
      <p className="citizen-summary__not-a-decision">{summary.notADecision}</p>
    </section>
  );
}
