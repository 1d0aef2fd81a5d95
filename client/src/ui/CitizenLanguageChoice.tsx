import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage, LANGUAGES, type Language, setLanguage } from "../i18n/index.ts";

interface Props {
  /** Told what she chose, so her e-mails can follow (stored on her place on the roster). */
  onChosen?: (language: Language) => void;
  /**
   * In the header of her view: one large button ("🌐 Sprog · Dansk") that opens the languages, so
   * the plan keeps its place on the tablet; on the join page, where she arrives, all are in sight.
   */
  folded?: boolean;
}

/**
 * The citizen's choice of language (issue 21): large buttons, each language named in its own
 * script and marked with its `lang`, so she finds hers whatever the page is in. Remembered on the
 * device.
 */
export function CitizenLanguageChoice({ onChosen, folded = false }: Props) {
  const { t } = useTranslation();
  const fold = useRef<HTMLDetailsElement>(null);
  const active = currentLanguage();
  const choose = (language: Language) => {
    setLanguage(language);
    onChosen?.(language);
    // Chosen: the list folds away again, and the page is hers to read.
    if (fold.current) fold.current.open = false;
  };
  const buttons = (
    <fieldset className="citizen-languages__choices">
      <legend className="visually-hidden">{t("app.chooseLanguage")}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir="auto"
          className="citizen-languages__button"
          aria-pressed={language === active}
          onClick={() => choose(language)}
        >
          {t(`app.languageNames.${language}`)}
        </button>
      ))}
    </fieldset>
  );
  if (!folded) return <div className="citizen-languages">{buttons}</div>;
  return (
    <details ref={fold} className="citizen-languages citizen-languages__fold">
      <summary className="citizen-languages__summary">
        <GlobeIcon /> {t("app.language")} · <span lang={active}>{t(`app.languageNames.${active}`)}</span>
      </summary>
      {buttons}
    </details>
  );
}

/** A globe: the sign for "language" a reader of any script knows. */
function GlobeIcon() {
  return (
    <svg
      aria-hidden="true"
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <circle cx="12" cy="12" r="10" />
      <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
    </svg>
  );
}
