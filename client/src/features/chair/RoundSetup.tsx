import type { Speaker } from "@samplan/shared/model";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { isMinutes } from "./chairTime.ts";
import type { ChairPerson } from "./useChairPeople.ts";

interface Props {
  people: ChairPerson[];
  onStart: (speakers: Speaker[], speakerTimeboxSeconds: number | null) => void;
}

// Her own people speak after her, before the professionals; an interpreter voices others, and
// like an observer has no turn of their own.
const RANK = { borger: 0, netvaerk: 1, fagperson: 2, koordinator: 3, observatoer: 4, tolk: 5 } as const;

function keyOf(person: ChairPerson): string {
  return person.memberId ?? `${person.role}:${person.name}`;
}

/**
 * Before a round: who takes part (everyone present but observers and the interpreter, the citizen first and the chair
 * last by default), in which order, and an optional time per speaker.
 */
export function RoundSetup({ people, onStart }: Props) {
  const { t } = useTranslation();
  const ids = { person: useId() };
  const [order, setOrder] = useState<string[]>([]);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [minutes, setMinutes] = useState("");
  const [error, setError] = useState<string | null>(null);

  const present = useMemo(() => {
    const place = (key: string) => {
      const index = order.indexOf(key);
      return index === -1 ? Number.POSITIVE_INFINITY : index;
    };
    return people
      .filter((person) => person.role !== "observatoer" && person.role !== "tolk")
      .sort((a, b) => place(keyOf(a)) - place(keyOf(b)) || RANK[a.role] - RANK[b.role] || a.name.localeCompare(b.name));
  }, [people, order]);

  const move = (index: number, to: number) => {
    const keys = present.map(keyOf);
    const [moved] = keys.splice(index, 1);
    if (moved === undefined) return;
    keys.splice(to, 0, moved);
    setOrder(keys);
  };

  const start = () => {
    const trimmed = minutes.trim();
    if (trimmed !== "" && !isMinutes(trimmed, 60)) {
      setError(t("chair.round.speakerTimeboxInvalid"));
      return;
    }
    setError(null);
    const speakers = present
      .filter((person) => !left.has(keyOf(person)))
      .map((person) => ({ id: person.memberId, name: person.name }));
    if (speakers.length > 0) onStart(speakers, trimmed === "" ? null : Number(trimmed) * 60);
  };

  const taking = present.filter((person) => !left.has(keyOf(person))).length;

  return (
    <div className="round-setup">
      <h3 className="round-setup__heading">{t("chair.round.setupHeading")}</h3>
      <p className="muted">{t("chair.round.setupIntro")}</p>
      {present.length === 0 ? (
        <p className="plan-section__empty">{t("chair.round.nobody")}</p>
      ) : (
        <ol className="round-setup__list">
          {present.map((person, index) => {
            const key = keyOf(person);
            const inputId = `${ids.person}-${key.replace(/[^A-Za-z0-9-]/g, "_")}`;
            return (
              <li key={key} className="round-setup__person">
                <div className="field field--checkbox">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={!left.has(key)}
                    onChange={(event) => {
                      const next = new Set(left);
                      if (event.target.checked) next.delete(key);
                      else next.add(key);
                      setLeft(next);
                    }}
                  />
                  <label htmlFor={inputId}>
                    {t("chair.round.include", { name: person.name, role: t(`roles.${person.role}`) })}
                  </label>
                </div>
                <div className="item-controls">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("chair.round.moveUp", { name: person.name })}
                    title={t("chair.round.moveUp", { name: person.name })}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    <Icon name="up" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("chair.round.moveDown", { name: person.name })}
                    title={t("chair.round.moveDown", { name: person.name })}
                    disabled={index >= present.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    <Icon name="down" />
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="round-setup__start">
        <TextField
          label={t("chair.round.speakerTimebox")}
          hint={t("chair.round.speakerTimeboxHint")}
          error={error}
          value={minutes}
          inputMode="numeric"
          maxLength={2}
          autoComplete="off"
          onChange={setMinutes}
        />
        <button type="button" className="button button--primary" disabled={taking === 0} onClick={start}>
          {t("chair.round.start")}
        </button>
      </div>
    </div>
  );
}
