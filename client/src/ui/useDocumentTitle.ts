import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** The tab's title names the page first, so screen reader users hear where a navigation landed. */
export function useDocumentTitle(title: string | null): void {
  const { t } = useTranslation();
  const app = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} – ${app}` : app;
  }, [title, app]);
}
