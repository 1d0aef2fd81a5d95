import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";

interface Props {
  name: string;
  url: string;
  expiresAt: string;
  onDone: () => void;
}

/**
 * A personal link, shown this once (the server keeps only a hash of its secret). Focus goes to the
 * link itself, selected, so it can be copied at once with the keyboard too.
 */
export function CreatedLink({ name, url, expiresAt, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ids = { input: useId(), note: useId() };
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState("copied");
    } catch {
      // No clipboard (not a secure context, or refused): the link is selected for copying by hand.
      input.current?.focus();
      input.current?.select();
      setCopyState("failed");
    }
  };

  return (
    <div className="created-link">
      <div className="field">
        <label htmlFor={ids.input}>{t("invite.linkLabel", { name })}</label>
        <div className="created-link__row">
          <input
            ref={input}
            id={ids.input}
            type="text"
            readOnly
            value={url}
            aria-describedby={ids.note}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button button--primary" onClick={copy}>
            {t("invite.copy")}
          </button>
        </div>
      </div>
      <div id={ids.note}>
        <p>{t("invite.linkOnce", { name })}</p>
        <p className="muted">{t("invite.linkValidUntil", { when: format.dateTime(expiresAt) })}</p>
      </div>
      <p className="form__done" aria-live="polite">
        {copyState === "copied" ? t("invite.copied") : copyState === "failed" ? t("invite.copyFailed") : ""}
      </p>
      <button type="button" className="button" onClick={onDone}>
        {t("invite.done")}
      </button>
    </div>
  );
}
