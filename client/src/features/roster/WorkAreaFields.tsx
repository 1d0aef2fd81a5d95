import { areasFromWords } from "@samplan/shared/areaWords";
import { LIFE_AREAS, type LifeArea } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import "./workAreas.css";

interface Props {
  /** What the coordinator said; null while they are read from the profession and organisation. */
  areas: LifeArea[] | null;
  profession: string;
  organisation: string;
  onChange: (areas: LifeArea[] | null) => void;
}

/**
 * "Arbejder med": the life areas a professional works with, for the chair's checklist. Ticked from
 * their profession and organisation until the coordinator ticks otherwise (a "Mentor" who in fact
 * helps with housing); "Læs af faget igen" hands it back to the words.
 */
export function WorkAreaFields({ areas, profession, organisation, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const shown = areas ?? areasFromWords(profession, organisation);
  const toggle = (area: LifeArea, on: boolean) =>
    onChange(LIFE_AREAS.filter((option) => (option === area ? on : shown.includes(option))));
  return (
    <fieldset className="work-areas" aria-describedby={`${id}-hint`}>
      <legend>{t("goalAreas.worksWith")}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {areas === null ? t("goalAreas.worksWithFromWords") : t("goalAreas.worksWithSaid")}
      </p>
      <div className="work-areas__options">
        {LIFE_AREAS.map((area) => (
          <div key={area} className="field--checkbox">
            <input
              id={`${id}-${area}`}
              type="checkbox"
              checked={shown.includes(area)}
              onChange={(event) => toggle(area, event.target.checked)}
            />
            <label htmlFor={`${id}-${area}`}>{t(`goalAreas.areas.${area}`)}</label>
          </div>
        ))}
      </div>
      {areas === null ? null : (
        <button type="button" className="button" onClick={() => onChange(null)}>
          {t("goalAreas.readFromWords")}
        </button>
      )}
    </fieldset>
  );
}
