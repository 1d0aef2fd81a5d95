import { z } from "zod";
import {
  AccountId,
  CaseId,
  InvitationId,
  MailLanguage,
  MeetingId,
  MemberId,
  ReminderChannel,
  Role,
} from "../vocabulary/index.ts";

/** A person on a case's roster: who they are, in which role, from where. */
export const Member = z.object({
  id: MemberId,
  caseId: CaseId,
  name: z.string(),
  role: Role,
  organisation: z.string(),
  profession: z.string(),
  /** A staff account this person signs in with, if any. */
  accountId: AccountId.nullable(),
  /** Where Samplan sends their invitations and reminders; null when they get none by e-mail. */
  email: z.string().nullable(),
  /** How they chose to be reminded of meetings and of the steps they own. */
  reminders: ReminderChannel,
  /** The language of their e-mails. */
  language: MailLanguage,
  /** Whether the citizen's current consent covers sharing with this person. */
  consentCovered: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Member = z.infer<typeof Member>;

export const MemberList = z.object({ members: z.array(Member) });
export type MemberList = z.infer<typeof MemberList>;

const Text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, `${field} must be at most ${max} characters`);

/** An e-mail address, or empty for none; kept as typed apart from case and spaces around it. */
const Email = z
  .string({ error: "email must be text" })
  .trim()
  .toLowerCase()
  .max(254, "email must be at most 254 characters")
  .refine(
    (value) => value === "" || z.email().safeParse(value).success,
    "email must be an address such as navn@kommune.dk",
  )
  .transform((value) => (value === "" ? null : value));

export const AddMemberBody = z.strictObject({
  name: Text("name", 80).min(1, "name must not be empty"),
  role: Role,
  organisation: Text("organisation", 120).default(""),
  profession: Text("profession", 80).default(""),
  /** Link a staff account by its username, for a colleague who signs in. */
  accountUsername: z.string().trim().toLowerCase().max(80).optional(),
  email: Email.default(null),
  reminders: ReminderChannel.default("email"),
  language: MailLanguage.default("da"),
});
export type AddMemberBody = z.input<typeof AddMemberBody>;

export const UpdateMemberBody = z.strictObject({
  name: Text("name", 80).min(1, "name must not be empty").optional(),
  role: Role.optional(),
  organisation: Text("organisation", 120).optional(),
  profession: Text("profession", 80).optional(),
  email: Email.optional(),
  reminders: ReminderChannel.optional(),
  language: MailLanguage.optional(),
});
export type UpdateMemberBody = z.infer<typeof UpdateMemberBody>;

export const Invitation = z.object({
  id: InvitationId,
  caseId: CaseId,
  meetingId: MeetingId.nullable(),
  memberId: MemberId,
  role: Role,
  kind: z.enum(["link", "code"]),
  expiresAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Set when the coordinator invited someone the citizen's consent did not cover. */
  withoutConsent: z.boolean(),
  /** A join code a device has used: it now lets in that device and no other, until it ends. */
  inUse: z.boolean(),
});
export type Invitation = z.infer<typeof Invitation>;

export const InvitationList = z.object({ invitations: z.array(Invitation) });
export type InvitationList = z.infer<typeof InvitationList>;

export const CreateInvitationBody = z.strictObject({
  memberId: MemberId,
  kind: z.enum(["link", "code"]).default("link"),
  /** Hours a link stays valid (a join code always lasts minutes). */
  validHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .optional(),
  /** The coordinator confirms inviting someone the consent does not cover; audited. */
  confirmWithoutConsent: z.boolean().default(false),
});
export type CreateInvitationBody = z.input<typeof CreateInvitationBody>;

/** Answer to creating an invitation. The secret is shown this once and never stored in clear. */
export const CreatedInvitation = z.object({
  invitation: Invitation,
  /** For a link: the path to share, /join#<secret>. For a code: /join#code=<code>, for the QR code. */
  joinPath: z.string(),
  /** For a code: the 8 characters to type, shown as XXXX-XXXX. */
  code: z.string().nullable(),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;
