import { useTranslation } from "react-i18next";

/** Shown while a lazily loaded page's code arrives. */
export function PageLoading() {
  const { t } = useTranslation();
  return <p className="page muted">{t("app.loading")}</p>;
}
