import type { Vocabulary, VocabularyKind } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { addVocabulary } from "../../api/methods.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FieldError } from "../../ui/FieldError.tsx";

interface Props {
  kind: VocabularyKind;
  words: string[];
  onAdded: (vocabulary: Vocabulary) => void;
}

/** One word list (professions, organisations or meeting types) and a field to add to it. */
export function VocabularyList({ kind, words, onAdded }: Props) {
  const { t } = useTranslation();
  const ids = { heading: useId(), input: useId(), error: useId() };
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!label.trim()) {
      setError(t("settings.labelRequired"));
      document.getElementById(ids.input)?.focus();
      return;
    }
    setBusy(true);
    try {
      const vocabulary = await addVocabulary({ kind, label: label.trim() });
      setDone(t("settings.added", { label: label.trim() }));
      setLabel("");
      setError(null);
      onAdded(vocabulary);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card vocabulary" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t(`settings.kinds.${kind}`)}</h3>
      {words.length === 0 ? (
        <p className="empty">{t("settings.vocabularyEmpty")}</p>
      ) : (
        <ul className="tag-list" aria-labelledby={ids.heading}>
          {words.map((word) => (
            <li key={word} className="tag-list__item">
              {word}
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.input}>{t(`settings.newWord.${kind}`)}</label>
          <input
            id={ids.input}
            type="text"
            autoComplete="off"
            maxLength={120}
            value={label}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <BusyButton type="submit" className="button" busy={busy} busyLabel={t("busy.saving")}>
          {t("settings.add")}
        </BusyButton>
      </form>
      <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
      <p className="form__done" aria-live="polite">
        {done}
      </p>
    </section>
  );
}
