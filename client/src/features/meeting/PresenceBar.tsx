import { useTranslation } from "react-i18next";
import type { Present } from "./usePresence.ts";

/** Who is in the meeting right now, you first. Colour is never the only cue: name and role are written. */
export function PresenceBar({ people }: { people: Present[] }) {
  const { t } = useTranslation();
  return (
    <div className="presence">
      {/* The list carries the same words as its name; reading them twice would only be noise. */}
      <span className="presence__heading" aria-hidden="true">
        {t("presence.heading")}
      </span>
      <ul className="presence__list" aria-label={t("presence.heading")}>
        {people.map((person) => (
          <li key={person.key} className="presence__person">
            <span className="presence__dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
            <span className="presence__name">
              {person.name}
              {person.isSelf ? <span className="presence__self"> ({t("presence.you")})</span> : null}
            </span>
            <span className="presence__role">{t(`roles.${person.role}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
