import type { RichText } from "@samplan/shared/model";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import { ItemEditor } from "../plan/ItemEditor.tsx";
import { SpeakerTimer } from "./SpeakerTimer.tsx";

export type RoundStatus = "speaking" | "spoken" | "waiting" | null;

interface Props {
  name: string;
  number: number;
  status: RoundStatus;
  /** The note's id and text, once the speaker has had the floor. */
  note: { id: string; text: RichText | null } | null;
  readOnly: boolean;
  timer: { startedAt: number | null; timeboxSeconds: number | null; offset: number };
  /** The coordinator may move those still waiting. */
  move: { up: (() => void) | null; down: (() => void) | null } | null;
}

/** One person in the round: their name, whether they have the floor, have spoken or wait, and their note. */
export function RoundEntry({ name, number, status, note, readOnly, timer, move }: Props) {
  const { t } = useTranslation();
  const nameId = useId();
  return (
    <li
      className={status ? `item round-entry round-entry--${status}` : "item round-entry"}
      aria-current={status === "speaking" ? "true" : undefined}
    >
      <span className="item__number" aria-hidden="true">
        {status === "spoken" ? "✓" : number}
      </span>
      <div className="item__body">
        <div className="round-entry__head">
          <h3 id={nameId} className="round-entry__name">
            {name}
          </h3>
          {status ? (
            <span className={`round-entry__status round-entry__status--${status}`}>
              {t(`chair.round.${status}`)}
              {status === "speaking" ? (
                <>
                  {" · "}
                  <SpeakerTimer {...timer} />
                </>
              ) : null}
            </span>
          ) : null}
        </div>
        {note?.text ? (
          <ItemEditor
            id={`editor-${note.id}`}
            fragment={note.text}
            label={t("chair.round.noteLabel", { name })}
            placeholder={t("chair.round.notePlaceholder", { name })}
            autoFocus={false}
            readOnly={readOnly}
          />
        ) : (
          <p className="round-entry__later">{t("chair.round.noteLater", { name })}</p>
        )}
      </div>
      {move ? (
        <div className="item-controls">
          <button
            type="button"
            className="icon-button"
            aria-label={t("chair.round.moveUp", { name })}
            title={t("chair.round.moveUp", { name })}
            disabled={!move.up}
            onClick={move.up ?? undefined}
          >
            <Icon name="up" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t("chair.round.moveDown", { name })}
            title={t("chair.round.moveDown", { name })}
            disabled={!move.down}
            onClick={move.down ?? undefined}
          >
            <Icon name="down" />
          </button>
        </div>
      ) : null}
    </li>
  );
}
