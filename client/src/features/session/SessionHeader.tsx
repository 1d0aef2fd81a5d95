import type { Principal } from "@samplan/shared/api";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useSession } from "./useSession.ts";

/** "Du er Karin Holm · Koordinator", the staff member's settings (own account; the coordinator's more) and "Log ud". */
export function SessionHeader({ principal }: { principal: Principal }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const onSignOut = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await signOut();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <nav className="session-header" aria-label={t("header.account")}>
      <span className="session-header__who">
        {t("header.signedInAs", { name: principal.name, role: t(`roles.${principal.role}`) })}
      </span>
      {principal.kind === "staff" && principal.leadsTeam ? (
        <Link href="/team" className="session-header__link">
          {t("team.headerLink")}
        </Link>
      ) : null}
      {principal.kind === "staff" ? (
        <Link href="/settings" className="session-header__link">
          {t("header.settings")}
        </Link>
      ) : null}
      <button type="button" className="button" onClick={onSignOut} disabled={busy}>
        {t("header.signOut")}
      </button>
      <span role="alert" className="session-header__error">
        {failed ? t("header.signOutFailed") : null}
      </span>
    </nav>
  );
}
