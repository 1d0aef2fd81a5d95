import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getTeam } from "../../api/team.ts";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { AssignCoverForm } from "./AssignCoverForm.tsx";
import { TeamCases } from "./TeamCases.tsx";
import { TeamCovers } from "./TeamCovers.tsx";
import "./team.css";

/**
 * The team lead's page (issue 24): her team's cases (each read only after saying why), who covers
 * for whom and until when, and the way to the team's figures.
 */
export function TeamPage() {
  const { t } = useTranslation();
  const [team, reload] = useResource("team", getTeam);
  const name = team.status === "ready" ? team.data.team.name : null;
  useDocumentTitle(name ? t("team.title", { name }) : null);
  return (
    <Layout wide>
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
        <Link href="/">{t("case.back")}</Link>
      </nav>
      {team.status === "ready" ? (
        <>
          <h1>{t("team.title", { name: team.data.team.name })}</h1>
          <p className="lead">{t("team.intro")}</p>
          <p>
            <Link href="/team/tal" className="button">
              {t("team.figuresLink")}
            </Link>
          </p>
          <TeamCases cases={team.data.cases} coordinators={team.data.coordinators} onChanged={reload} />
          <TeamCovers covers={team.data.covers} onChanged={reload} />
          <AssignCoverForm coordinators={team.data.coordinators} onAssigned={reload} />
        </>
      ) : (
        <>
          <h1>{t("team.headerLink")}</h1>
          {team.status === "error" ? <LoadFailure error={team.error} retry={reload} /> : <p>{t("app.loading")}</p>}
        </>
      )}
    </Layout>
  );
}
