import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getTeamFigures } from "../../api/team.ts";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { TeamFiguresSection } from "./TeamFiguresSection.tsx";

/** The team's figures on a page of their own: aggregate, with no citizen on it. */
export function TeamFiguresPage() {
  const { t } = useTranslation();
  const [figures, reload] = useResource("team-figures", getTeamFigures);
  useDocumentTitle(t("team.figuresTitle"));
  return (
    <Layout>
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href="/team">{t("team.back")}</Link>
      </nav>
      <h1>{t("team.figuresTitle")}</h1>
      {figures.status === "ready" ? <TeamFiguresSection figures={figures.data} /> : null}
      {figures.status === "loading" ? <p>{t("app.loading")}</p> : null}
      {figures.status === "error" ? <LoadFailure error={figures.error} retry={reload} /> : null}
    </Layout>
  );
}
