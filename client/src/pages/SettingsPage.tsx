import { useTranslation } from "react-i18next";
import { AccountsSection } from "../components/AccountsSection.tsx";
import { Layout } from "../components/Layout.tsx";
import { OwnAccountSection } from "../components/OwnAccountSection.tsx";
import { VocabularySection } from "../components/VocabularySection.tsx";
import { useDocumentTitle } from "../hooks/useDocumentTitle.ts";
import { usePrincipal } from "../hooks/usePrincipal.ts";
import { isCoordinator } from "../lib/principal.ts";

/**
 * Indstillinger: every staff member keeps their own account here. The accounts and the word lists
 * are the coordinator's; a professional's page does not even ask for them (the server would refuse).
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const coordinator = isCoordinator(usePrincipal());
  useDocumentTitle(t("settings.title"));

  return (
    <Layout>
      <h1>{t("settings.title")}</h1>
      <OwnAccountSection />
      {coordinator ? <AccountsSection /> : null}
      {coordinator ? <VocabularySection /> : null}
    </Layout>
  );
}
