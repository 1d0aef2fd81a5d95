import type { Account } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { createTeam, listTeams, setAccountTeam } from "../../api/accounts.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { TextField } from "../../ui/TextField.tsx";
import { useResource } from "../../ui/useResource.ts";

/**
 * Teams: the coordinators who keep the accounts make the teams, put colleagues in them and say who
 * leads each (issue 24). The team lead then has the team's page; nothing else changes for anyone.
 */
export function TeamsSection({ accounts, onChanged }: { accounts: Account[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [teams, reloadTeams] = useResource("teams", listTeams);
  const [name, setName] = useState("");
  const [accountId, setAccountId] = useState("");
  const [teamId, setTeamId] = useState("");
  const [leads, setLeads] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const ids = { heading: useId(), account: useId(), team: useId(), lead: useId() };
  const known = teams.status === "ready" ? teams.data.teams : [];
  const teamName = (id: string | null) => known.find((team) => team.id === id)?.name ?? null;

  const run = async (work: () => Promise<string>) => {
    setError(null);
    setDone(null);
    try {
      setDone(await work());
    } catch (failure) {
      setError(errorMessage(failure, t));
    }
  };
  const make = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const made = await createTeam(name.trim());
      setName("");
      reloadTeams();
      return t("teams.created", { name: made.name });
    });
  };
  const place = (event: FormEvent) => {
    event.preventDefault();
    if (!accountId) return setError(t("teams.chooseAccount"));
    void run(async () => {
      await setAccountTeam(accountId, { teamId: teamId || null, leadsTeam: leads });
      onChanged();
      const who = accounts.find((account) => account.id === accountId)?.displayName ?? "";
      return teamId
        ? t("teams.placed", { name: who, team: teamName(teamId) ?? "" })
        : t("teams.removed", { name: who });
    });
  };

  return (
    <section className="stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("teams.heading")}</h2>
      <p className="muted">{t("teams.intro")}</p>
      {known.length > 0 ? (
        <ul className="link-list">
          {known.map((team) => {
            const members = accounts.filter((account) => account.teamId === team.id);
            const lead = members.filter((account) => account.leadsTeam).map((account) => account.displayName);
            return (
              <li key={team.id}>
                <span className="link-list__title">{team.name}</span>
                <span className="link-list__meta">
                  {t("teams.members", { count: members.length })}
                  {lead.length > 0 ? ` · ${t("teams.leadBy", { names: lead.join(", ") })}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      <form className="card form" onSubmit={make} aria-label={t("teams.createHeading")}>
        <TextField label={t("teams.nameLabel")} value={name} onChange={setName} required />
        <div>
          <button type="submit" className="button">
            {t("teams.create")}
          </button>
        </div>
      </form>
      {known.length > 0 ? (
        <form className="card form" onSubmit={place} aria-label={t("teams.placeHeading")}>
          <div className="field">
            <label htmlFor={ids.account}>{t("teams.accountLabel")}</label>
            <select id={ids.account} value={accountId} onChange={(event) => setAccountId(event.target.value)}>
              <option value="">{t("team.choose")}</option>
              {accounts.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.team}>{t("teams.teamLabel")}</label>
            <select id={ids.team} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
              <option value="">{t("teams.noTeam")}</option>
              {known.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--checkbox">
            <input id={ids.lead} type="checkbox" checked={leads} onChange={(event) => setLeads(event.target.checked)} />
            <label htmlFor={ids.lead}>{t("teams.leadsLabel")}</label>
          </div>
          <div>
            <button type="submit" className="button">
              {t("teams.place")}
            </button>
          </div>
        </form>
      ) : null}
      <div role="status">{done ? <p className="notice notice--success">{done}</p> : null}</div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
