import { z } from "zod";
import { AccountId, CaseId, CoverReason, TeamLeadReason } from "../vocabulary/index.ts";

/** A team: a unit of coordinators in the jobcentre, with a team lead. */
export const Team = z.object({ id: z.uuid(), name: z.string() });
export type Team = z.infer<typeof Team>;

export const TeamList = z.object({ teams: z.array(Team) });
export type TeamList = z.infer<typeof TeamList>;

export const CreateTeamBody = z.strictObject({
  name: z.string({ error: "name must be text" }).trim().min(1, "name must not be empty").max(80),
});
export type CreateTeamBody = z.infer<typeof CreateTeamBody>;

/** Which team an account belongs to (null: none), and whether it leads it. */
export const SetAccountTeamBody = z.strictObject({
  teamId: z.uuid({ error: "teamId must be a team's id" }).nullable(),
  leadsTeam: z.boolean().default(false),
});
export type SetAccountTeamBody = z.input<typeof SetAccountTeamBody>;

export const AccountTeam = z.object({ accountId: AccountId, teamId: z.uuid().nullable(), leadsTeam: z.boolean() });
export type AccountTeam = z.infer<typeof AccountTeam>;

/** A colleague covering for an absent coordinator until the end of a day. */
export const Cover = z.object({
  id: z.uuid(),
  absentAccountId: AccountId,
  absentName: z.string(),
  coverAccountId: AccountId,
  coverName: z.string(),
  /** The last Copenhagen day of the cover; it ends by itself at midnight after. */
  until: z.iso.date(),
  reason: CoverReason,
  /** How many of the absent coordinator's cases it reaches. */
  cases: z.number().int(),
  /** Ended early by the team lead; null while it runs or once it ran out. */
  endedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Cover = z.infer<typeof Cover>;

export const AssignCoverBody = z.strictObject({
  absentAccountId: AccountId,
  coverAccountId: AccountId,
  until: z.iso.date({ error: "until must be a date such as 2027-01-31" }),
  reason: CoverReason,
});
export type AssignCoverBody = z.infer<typeof AssignCoverBody>;

/** A case of the team as the team lead's list shows it: whose it is and what is next. */
export const TeamCase = z.object({
  caseId: CaseId,
  citizenName: z.string(),
  coordinatorAccountId: AccountId,
  coordinatorName: z.string(),
  nextMeetingAt: z.string().nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type TeamCase = z.infer<typeof TeamCase>;

/** The team lead's page: her team, its coordinators, their cases and the covers. */
export const TeamOverview = z.object({
  team: Team,
  coordinators: z.array(z.object({ accountId: AccountId, name: z.string() })),
  cases: z.array(TeamCase),
  covers: z.array(Cover),
});
export type TeamOverview = z.infer<typeof TeamOverview>;

/** The team lead opens one of the team's cases to read it, saying why; it lasts the working day. */
export const OpenAsTeamLeadBody = z.strictObject({ reason: TeamLeadReason });
export type OpenAsTeamLeadBody = z.infer<typeof OpenAsTeamLeadBody>;
