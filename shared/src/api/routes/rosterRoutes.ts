import { z } from "zod";
import { InvitationId, MemberId } from "../../vocabulary/index.ts";
import {
  AddMemberBody,
  CreatedInvitation,
  CreateInvitationBody,
  InvitationList,
  Member,
  MemberList,
  UpdateMemberBody,
} from "../Roster.ts";
import { caseId, ofCase, ofMeeting, route } from "./route.ts";

const ofMember = z.object({ caseId, memberId: MemberId });

/** The case's roster, and the invitations to its meetings. */
export const rosterRoutes = {
  members: route({ method: "get", path: "/api/cases/:caseId/members", params: ofCase, answer: MemberList }),
  addMember: route({
    method: "post",
    path: "/api/cases/:caseId/members",
    params: ofCase,
    body: AddMemberBody,
    answer: Member,
  }),
  updateMember: route({
    method: "patch",
    path: "/api/cases/:caseId/members/:memberId",
    params: ofMember,
    body: UpdateMemberBody,
    answer: Member,
  }),
  removeMember: route({ method: "delete", path: "/api/cases/:caseId/members/:memberId", params: ofMember }),
  invitations: route({
    method: "get",
    path: "/api/meetings/:meetingId/invitations",
    params: ofMeeting,
    answer: InvitationList,
  }),
  createInvitation: route({
    method: "post",
    path: "/api/meetings/:meetingId/invitations",
    params: ofMeeting,
    body: CreateInvitationBody,
    answer: CreatedInvitation,
  }),
  revokeInvitation: route({
    method: "delete",
    path: "/api/invitations/:invitationId",
    params: z.object({ invitationId: InvitationId }),
  }),
} as const;
