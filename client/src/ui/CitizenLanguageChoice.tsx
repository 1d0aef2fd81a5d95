import { useTranslation } from "react-i18next";
import { currentLanguage, isUnreviewed, LANGUAGES, type Language, setLanguage } from "../i18n/index.ts";

interface Props {
  /** Told what she chose, so her e-mails can follow (stored on her place on the roster). */
  onChosen?: (language: Language) => void;
  /**
   * In her view the choice folds into one large button ("Sprog · Dansk"), so the plan comes first;
   * on the join page, where she arrives, every language is in sight.
   */
  folded?: boolean;
}

/**
 * The citizen's choice of language (issue 21): large buttons, each language named in its own
 * script and marked with its `lang`, so she finds hers whatever the page is in. Remembered on the
 * device. While her language has not been read by a native speaker, a note in it says the words are
 * machine-translated and that she may ask.
 */
export function CitizenLanguageChoice({ onChosen, folded = false }: Props) {
  const { t } = useTranslation();
  const active = currentLanguage();
  const choose = (language: Language) => {
    setLanguage(language);
    onChosen?.(language);
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
  return (
    <div className="citizen-languages">
      {folded ? (
        <details className="citizen-languages__fold">
          <summary className="citizen-languages__summary">
            <span aria-hidden="true">🌐</span> {t("app.language")} ·{" "}
            <span lang={active}>{t(`app.languageNames.${active}`)}</span>
          </summary>
          {buttons}
        </details>
      ) : (
        buttons
      )}
      {isUnreviewed(active) ? (
        <p className="citizen-languages__note" role="note">
          {t("app.machineTranslated")}
        </p>
      ) : null}
    </div>
  );
}
