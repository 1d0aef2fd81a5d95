import { useTranslation } from "react-i18next";
import { getOwnAccount } from "../../api/accounts.ts";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useResource } from "../../ui/useResource.ts";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";

/**
 * Din konto, for every staff member: who they are here, and their password. An account made for
 * the organisation's login has none; it reads so, rather than a form the server would refuse.
 */
export function OwnAccountSection() {
  const { t } = useTranslation();
  const [account, reload] = useResource("own-account", getOwnAccount);
  return (
    <section className="stack" aria-labelledby="own-account-heading">
      <h2 id="own-account-heading">{t("header.account")}</h2>
      {account.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {account.status === "error" ? <LoadFailure error={account.error} retry={reload} /> : null}
      {account.status === "ready" ? (
        <>
          <p className="muted">
            {t("account.ownMeta", { username: account.data.username, role: t(`roles.${account.data.role}`) })}
          </p>
          {account.data.passwordSignIn ? <ChangePasswordForm /> : <p>{t("account.oidcOnly")}</p>}
        </>
      ) : null}
    </section>
  );
}
