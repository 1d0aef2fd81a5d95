import { addMember, coordinatorSession, createCaseAndMeeting, invite } from "./api.ts";

/** Where each of the two people invited to the meeting goes in: their personal links. */
export interface InvitedToTheTable {
  citizenJoinPath: string;
  professionalJoinPath: string;
}

/**
 * The meeting most journeys begin at, set up through the API by the coordinator: Freja Dam's
 * network meeting about an internship, with Freja and the psychologist Peter Lund invited by link.
 * Each journey opens its own browsers on the paths, on the devices it is about.
 */
export async function invitedToTheTable(baseURL: string, organisation = "Psykiatrien"): Promise<InvitedToTheTable> {
  const coordinator = await coordinatorSession(baseURL);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Freja Dam", "Netværksmøde om praktik");
  const freja = await addMember(coordinator, caseId, { name: "Freja Dam", role: "borger" });
  const peter = await addMember(coordinator, caseId, { name: "Peter Lund", role: "fagperson", organisation });
  const invited = {
    citizenJoinPath: (await invite(coordinator, meetingId, freja, "link")).joinPath,
    professionalJoinPath: (await invite(coordinator, meetingId, peter, "link")).joinPath,
  };
  await coordinator.dispose();
  return invited;
}
