import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, apiRoutes, CreatedInvitation, CreateInvitationBody, InvitationList } from "@samplan/shared/api";
import { actorOf } from "../../access/Access.ts";
import { formatJoinCode } from "../../auth/secrets.ts";
import { isCovered } from "../../storage/ConsentRepository.ts";
import { toInvitation } from "../../storage/InvitationRepository.ts";
import type { AppEnv } from "../AppEnv.ts";
import { HttpRefusal, refuse } from "../errors.ts";
import type { Services } from "../Services.ts";
import { requireCoordinatorOf, requireCoordinatorOfMeeting } from "./guards.ts";
import { endpoint, json, refusals as refusalsFor } from "./openapi.ts";

const refusals = refusalsFor(
  "Only the case's coordinator invites",
  "No such meeting, member or invitation (or not yours)",
);

export function registerInvitationRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.invitations),
      summary: "The meeting's invitations, newest first",
      request: { params: apiRoutes.invitations.params },
      responses: { 200: json(InvitationList, "Invitations"), ...refusals },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      await requireCoordinatorOfMeeting(c, s, meetingId, "see invitations");
      return c.json({ invitations: await s.invitations.listForMeeting(meetingId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.createInvitation),
      summary: "Invite a person on the roster to the meeting: a personal link, or a join code for a tablet",
      request: {
        params: apiRoutes.createInvitation.params,
        body: { ...json(CreateInvitationBody, "Who and how"), required: true },
      },
      responses: {
        201: json(CreatedInvitation, "The invitation; its secret is shown only now"),
        ...refusals,
        409: json(ApiError, "The citizen's consent does not cover this person; confirm to invite anyway"),
      },
    }),
    async (c) => {
      const { meetingId } = c.req.valid("param");
      const { principal, access } = await requireCoordinatorOfMeeting(c, s, meetingId, "invite");
      const body = c.req.valid("json");
      const member = await s.roster.find(access.caseId, body.memberId);
      if (!member) throw refuse.notFound("member");
      // An invitation lets a guest in, never a staff account: no role on the roster spares it the consent.
      const covered = isCovered(member, await s.consents.coverage(access.caseId), false);
      if (!covered && !body.confirmWithoutConsent) {
        throw new HttpRefusal(409, "consent_required", `The citizen's consent does not cover ${member.name}`);
      }
      const base = {
        caseId: access.caseId,
        meetingId,
        memberId: member.id,
        createdBy: principal.kind === "staff" ? principal.accountId : principal.memberId,
        withoutConsent: !covered,
      };
      const created = await s.transaction(async (t) => {
        const made =
          body.kind === "code"
            ? await t.invitations.createCode({
                ...base,
                expiresAt: new Date(Date.now() + s.config.joinCodeMinutes * 60_000),
              })
            : await t.invitations.createLink({
                ...base,
                expiresAt: new Date(Date.now() + (body.validHours ?? s.config.invitationDays * 24) * 3600_000),
              });
        const details = { invitationId: made.row.id, memberId: member.id, kind: body.kind, role: member.role };
        const entry = { ...actorOf(principal), caseId: access.caseId, meetingId, details };
        await t.audit.record({ ...entry, action: "invitation-created" });
        if (!covered) await t.audit.record({ ...entry, action: "invited-without-consent" });
        return made;
      });
      const answer =
        "secret" in created
          ? { joinPath: `/join#${created.secret}`, code: null }
          : { joinPath: `/join#code=${created.code}`, code: formatJoinCode(created.code) };
      return c.json({ invitation: toInvitation(created.row, member.role), ...answer }, 201);
    },
  );

  app.openapi(
    createRoute({
      ...endpoint(apiRoutes.revokeInvitation),
      summary: "Revoke an invitation; whoever came in by it is disconnected at once",
      request: { params: apiRoutes.revokeInvitation.params },
      responses: { 204: { description: "Revoked" }, ...refusals },
    }),
    async (c) => {
      const { invitationId } = c.req.valid("param");
      const invitation = await s.invitations.find(invitationId);
      if (!invitation) throw refuse.notFound("invitation");
      const principal = await requireCoordinatorOf(c, s, invitation.case_id, "revoke invitations");
      await s.transaction(async (t) => {
        await t.invitations.revoke(invitationId);
        await t.audit.record({
          ...actorOf(principal),
          action: "invitation-revoked",
          caseId: invitation.case_id,
          meetingId: invitation.meeting_id,
          details: { invitationId, memberId: invitation.member_id },
        });
      });
      await s.live.change({ scope: { caseId: invitation.case_id, invitationId }, effect: "withdrawn" });
      return c.body(null, 204);
    },
  );
}
