import type { MeetingTemplate } from "@samplan/shared/api";
import { useId } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  method: MeetingTemplate;
  onCopy: () => void;
  onEdit: () => void;
}

/** One method in the list: whose it is, its version, its agenda; copied by anyone, changed only if it is theirs. */
export function MethodCard({ method, onCopy, onEdit }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <li className="card stack method-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{method.name}</h2>
      <p className="muted">
        {t(`methods.owner.${method.owner}`)} · {t("methods.version", { version: method.version })}
      </p>
      {method.description ? <p>{method.description}</p> : null}
      <ol className="method-card__phases">
        {method.phases.map((phase, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a version's phases never change; two may share a title.
          <li key={index}>{phase.title}</li>
        ))}
      </ol>
      <div className="method-form__actions">
        <button
          type="button"
          className="button"
          aria-label={t("methods.copyLabel", { name: method.name })}
          onClick={onCopy}
        >
          {t("methods.copy")}
        </button>
        {method.builtIn ? null : (
          <button
            type="button"
            className="button"
            aria-label={t("methods.editLabel", { name: method.name })}
            onClick={onEdit}
          >
            {t("methods.edit")}
          </button>
        )}
      </div>
    </li>
  );
}
