import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Layout } from "./Layout.tsx";
import { useDocumentTitle } from "./useDocumentTitle.ts";

export function NotFoundPage({ title }: { title?: string }) {
  const { t } = useTranslation();
  const heading = title ?? t("notFound.title");
  useDocumentTitle(heading);
  return (
    <Layout>
      <h1>{heading}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href="/">{t("notFound.home")}</Link>
      </p>
    </Layout>
  );
}
