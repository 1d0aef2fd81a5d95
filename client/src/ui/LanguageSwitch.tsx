import { useTranslation } from "react-i18next";
import { currentLanguage, STAFF_LANGUAGES, setLanguage } from "../i18n/index.ts";

/** Each language is named in itself (the same words in every resource file), so someone who cannot
 * read the current language can still find their own. Staff pages: Danish or English; the citizen's
 * pages have CitizenLanguageChoice instead. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("app.language")}</legend>
      {STAFF_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__button"
          aria-pressed={language === active}
          onClick={() => setLanguage(language)}
        >
          {t(`app.languageNames.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
