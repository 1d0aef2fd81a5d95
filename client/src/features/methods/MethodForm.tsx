import { MAX_PHASES, type MeetingTemplate } from "@samplan/shared/api";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { copyMeetingTemplate, reviseMeetingTemplate } from "../../api/methods.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { LiveRegion } from "../../ui/LiveRegion.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useAnnouncer } from "../../ui/useAnnouncer.ts";
import { type EditedPhase, editedPhases, moved, newPhase, phasesToSave } from "./editedMethod.ts";
import { PhaseFields } from "./PhaseFields.tsx";

interface Props {
  /** The method copied ("copy") or changed ("revise"): the latest version of it. */
  from: MeetingTemplate;
  mode: "copy" | "revise";
  onSaved: (saved: MeetingTemplate) => void;
  onCancel: () => void;
}

/** Kopiér og tilpas, or Ret: the method's name, description and agenda phases, saved as a new version. */
export function MethodForm({ from, mode, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(mode === "copy" ? t("methods.copyName", { name: from.name }) : from.name);
  const [description, setDescription] = useState(from.description);
  const [phases, setPhases] = useState<EditedPhase[]>(() => editedPhases(from));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A new object each time, so pressing the same button twice moves the focus twice.
  const [focusNext, setFocusNext] = useState<{ id: string } | null>(null);
  const [announcement, announce] = useAnnouncer();

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    // The button pressed stays under her finger or the keyboard's focus as its phase moves.
    if (focusNext) document.getElementById(focusNext.id)?.focus();
  }, [focusNext]);

  const change = (index: number, phase: EditedPhase) => setPhases(phases.map((p, i) => (i === index ? phase : p)));
  const move = (index: number, by: -1 | 1) => {
    const phase = phases[index];
    if (!phase) return;
    setPhases(moved(phases, index, by));
    const to = index + by;
    // At the top or the bottom the pressed button is disabled: the focus goes to the other one.
    const atEdge = to === 0 || to === phases.length - 1;
    const pressed = by === -1 ? "up" : "down";
    setFocusNext({ id: `${phase.key}-${atEdge ? (by === -1 ? "down" : "up") : pressed}` });
    announce(t("methods.moved", { title: phase.title, n: to + 1 }));
  };
  const remove = (index: number) => {
    announce(t("methods.removed", { title: phases[index]?.title ?? "" }));
    setPhases(phases.filter((_, i) => i !== index));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaving(true);
    const content = { name: name.trim(), description: description.trim(), phases: phasesToSave(phases) };
    try {
      onSaved(
        mode === "copy"
          ? await copyMeetingTemplate({ copiedFrom: from.id, ...content })
          : await reviseMeetingTemplate(from.id, content),
      );
    } catch (failure) {
      setError(errorMessage(failure, t));
      setSaving(false);
    }
  };

  return (
    <form className="card form stack" aria-labelledby={headingId} onSubmit={(event) => void save(event)}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t(mode === "copy" ? "methods.copyHeading" : "methods.editHeading", { name: from.name })}
      </h2>
      {mode === "revise" ? <p className="muted">{t("methods.newVersion", { version: from.version + 1 })}</p> : null}
      <TextField label={t("methods.nameLabel")} value={name} onChange={setName} maxLength={80} required />
      <TextField label={t("methods.descriptionLabel")} value={description} onChange={setDescription} maxLength={300} />
      <h3>{t("methods.phasesHeading")}</h3>
      <ol className="method-phases">
        {phases.map((phase, index) => (
          <PhaseFields
            key={phase.key}
            phase={phase}
            n={index + 1}
            count={phases.length}
            onChange={(next) => change(index, next)}
            onMove={(by) => move(index, by)}
            onRemove={() => remove(index)}
          />
        ))}
      </ol>
      <div>
        <button
          type="button"
          className="button button--add"
          disabled={phases.length >= MAX_PHASES}
          onClick={() => {
            const added = newPhase();
            setPhases([...phases, added]);
            setFocusNext({ id: `${added.key}-title` });
          }}
        >
          {t("methods.addPhase")}
        </button>
      </div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="method-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t("methods.save")}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t("methods.cancel")}
        </button>
      </div>
      <LiveRegion message={announcement} />
    </form>
  );
}
