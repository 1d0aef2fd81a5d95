import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Layout } from "./Layout.tsx";
import { useDocumentTitle } from "./useDocumentTitle.ts";

export function ForbiddenPage({ body }: { body?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("forbidden.title"));
  return (
    <Layout>
      <h1>{t("forbidden.title")}</h1>
      <p>{body ?? t("forbidden.body")}</p>
      <p>
        <Link href="/">{t("notFound.home")}</Link>
      </p>
    </Layout>
  );
}
