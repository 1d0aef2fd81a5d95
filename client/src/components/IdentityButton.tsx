import { useTranslation } from "react-i18next";
import type { Identity } from "../hooks/useIdentity.ts";
import { Icon } from "./Icon.tsx";

/** Shows who you are in this meeting and opens "Hvem er du?" to change it. */
export function IdentityButton({ identity, onClick }: { identity: Identity; onClick: () => void }) {
  const { t } = useTranslation();
  const role = t(`roles.${identity.role}`);
  return (
    <button type="button" className="identity-button" onClick={onClick} title={t("identity.changeHint")}>
      <span className="presence__dot" style={{ backgroundColor: identity.color }} aria-hidden="true" />
      <span className="identity-button__text">{t("identity.current", { name: identity.name, role })}</span>
      <span className="identity-button__change">
        <Icon name="person" />
        {t("identity.change")}
      </span>
    </button>
  );
}
