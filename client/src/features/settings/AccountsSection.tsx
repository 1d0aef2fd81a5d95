import { useTranslation } from "react-i18next";
import { listAccounts } from "../../api/accounts.ts";
import { getAuthStatus } from "../../api/session.ts";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { newAccountPassword } from "../session/signInMethods.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { AccountActions } from "./AccountActions.tsx";
import { CreateAccountForm } from "./CreateAccountForm.tsx";
import { TeamsSection } from "./TeamsSection.tsx";

/** Konti: the coordinator's list of colleagues' accounts, what can be done to each, and a new one. */
export function AccountsSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const principal = usePrincipal();
  const me = principal.kind === "staff" ? principal.accountId : null;
  const [accounts, reloadAccounts] = useResource("accounts", listAccounts);
  // How staff sign in here decides whether a new account gets a password.
  const [auth, reloadAuth] = useResource("auth", getAuthStatus);

  return (
    <section className="stack" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t("settings.accountsHeading")}</h2>
      <p className="muted">{t("settings.accountsIntro")}</p>
      {accounts.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {accounts.status === "error" ? <LoadFailure error={accounts.error} retry={reloadAccounts} /> : null}
      {accounts.status === "ready" ? (
        accounts.data.accounts.length === 0 ? (
          <p className="empty">{t("settings.accountsEmpty")}</p>
        ) : (
          <ul className="link-list" aria-labelledby="accounts-heading">
            {accounts.data.accounts.map((account) => (
              <li key={account.id}>
                <span className="link-list__title">{account.displayName}</span>
                <span className="link-list__meta">
                  {t("settings.accountMeta", { username: account.username, role: t(`roles.${account.role}`) })}
                  {" · "}
                  {t("start.createdOn", { date: format.date(account.createdAt) })}
                  {account.passwordSignIn ? null : ` · ${t("account.passwordSignInOff")}`}
                  {account.active ? null : ` · ${t("account.inactive")}`}
                </span>
                {account.id === me ? null : (
                  <AccountActions
                    account={account}
                    passwords={auth.status !== "ready" || auth.data.passwordSignIn}
                    onChanged={reloadAccounts}
                  />
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
      {auth.status === "error" ? <LoadFailure error={auth.error} retry={reloadAuth} /> : null}

      {auth.status === "ready" ? (
        <CreateAccountForm password={newAccountPassword(auth.data)} onCreated={reloadAccounts} />
      ) : null}
      {accounts.status === "ready" ? (
        <TeamsSection accounts={accounts.data.accounts} onChanged={reloadAccounts} />
      ) : null}
    </section>
  );
}
