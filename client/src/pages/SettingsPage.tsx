import { VocabularyKind } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { getVocabulary, listAccounts } from "../api.ts";
import { AccountActions } from "../components/AccountActions.tsx";
import { ChangePasswordForm } from "../components/ChangePasswordForm.tsx";
import { CreateAccountForm } from "../components/CreateAccountForm.tsx";
import { Layout } from "../components/Layout.tsx";
import { LoadFailure } from "../components/LoadFailure.tsx";
import { VocabularyList } from "../components/VocabularyList.tsx";
import { useDocumentTitle } from "../hooks/useDocumentTitle.ts";
import { useFormatters } from "../hooks/useFormatters.ts";
import { usePrincipal } from "../hooks/usePrincipal.ts";
import { useResource } from "../hooks/useResource.ts";

/** Indstillinger: one's own password, the coordinator's accounts and word lists. */
export function SettingsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const principal = usePrincipal();
  const me = principal.kind === "staff" ? principal.accountId : null;
  const [accounts, reloadAccounts] = useResource("accounts", listAccounts);
  const [vocabulary, reloadVocabulary] = useResource("vocabulary", getVocabulary);
  useDocumentTitle(t("settings.title"));

  return (
    <Layout>
      <h1>{t("settings.title")}</h1>
      <section className="stack" aria-labelledby="own-account-heading">
        <h2 id="own-account-heading">{t("header.account")}</h2>
        <ChangePasswordForm />
      </section>
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
                  {account.id === me ? null : <AccountActions account={account} onChanged={reloadAccounts} />}
                </li>
              ))}
            </ul>
          )
        ) : null}
        <CreateAccountForm onCreated={reloadAccounts} />
      </section>
      <section className="stack" aria-labelledby="vocabulary-heading">
        <h2 id="vocabulary-heading">{t("settings.vocabularyHeading")}</h2>
        <p className="muted">{t("settings.vocabularyIntro")}</p>
        {vocabulary.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
        {vocabulary.status === "error" ? <LoadFailure error={vocabulary.error} retry={reloadVocabulary} /> : null}
        {vocabulary.status === "ready" ? (
          <div className="vocabulary-grid">
            {VocabularyKind.options.map((kind) => (
              <VocabularyList key={kind} kind={kind} words={vocabulary.data[kind]} onAdded={reloadVocabulary} />
            ))}
          </div>
        ) : null}
      </section>
    </Layout>
  );
}
