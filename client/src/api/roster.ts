import {
  type AddMemberBody,
  rosterRoutes as api,
  type CreatedInvitation,
  type CreateInvitationBody,
  type InvitationList,
  type Member,
  type MemberList,
  type UpdateMemberBody,
} from "@samplan/shared/api";
import { call } from "./request.ts";

// The case's roster, and the invitations to its meetings.

export function listMembers(caseId: string): Promise<MemberList> {
  return call(api.members, { params: { caseId } });
}

export function addMember(caseId: string, body: AddMemberBody): Promise<Member> {
  return call(api.addMember, { params: { caseId }, body });
}

export function updateMember(caseId: string, memberId: string, body: UpdateMemberBody): Promise<Member> {
  return call(api.updateMember, { params: { caseId, memberId }, body });
}

export async function removeMember(caseId: string, memberId: string): Promise<void> {
  await call(api.removeMember, { params: { caseId, memberId } });
}

export function listInvitations(meetingId: string): Promise<InvitationList> {
  return call(api.invitations, { params: { meetingId } });
}

export function createInvitation(meetingId: string, body: CreateInvitationBody): Promise<CreatedInvitation> {
  return call(api.createInvitation, { params: { meetingId }, body });
}

export async function revokeInvitation(invitationId: string): Promise<void> {
  await call(api.revokeInvitation, { params: { invitationId } });
}
