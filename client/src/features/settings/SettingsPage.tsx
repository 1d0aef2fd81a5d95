import { useTranslation } from "react-i18next";
import { Layout } from "../../ui/Layout.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { isCoordinator } from "../session/principal.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { AccountsSection } from "./AccountsSection.tsx";
import { MethodsLinkSection } from "./MethodsLinkSection.tsx";
import { OwnAccountSection } from "./OwnAccountSection.tsx";
import { VocabularySection } from "./VocabularySection.tsx";

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
      {coordinator ? <MethodsLinkSection /> : null}
    </Layout>
  );
}
