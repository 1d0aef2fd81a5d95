import { z } from "zod";
import {
  AccountId,
  CaseId,
  InvitationId,
  LifeArea,
  MailLanguage,
  MeetingId,
  MemberId,
  RelationKind,
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
  /** One of the citizen's own people (role netvaerk): how they are hers. Null for everyone else. */
  relation: z.object({ kind: RelationKind, label: z.string() }).nullable(),
  /** An interpreter: when the coordinator confirmed they are 18 or over. Null for everyone else. */
  adultConfirmedAt: z.iso.datetime({ offset: true }).nullable(),
  /**
   * The life areas the coordinator said they work with (the chair's checklist asks whether anyone
   * present works with a goal's area); null when not said, and then read from their profession and
   * organisation (areasFromWords).
   */
  areas: z.array(LifeArea).nullable(),
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

/** How one of her own people is hers: a kind, and her word for it ("bror", "moster", "min mentor"). */
const Relation = z.strictObject({
  kind: RelationKind,
  label: Text("relation.label", 40).min(1, "relation.label must not be empty"),
});

/**
 * The rules a role brings with it: an interpreter is confirmed to be an adult (an interpreter
 * may not be a child, nor a relative's child voicing the meeting); one of her own people says how
 * they are hers and needs no name of their own (they are shown as "Sørens bror").
 */
function checkRoleRules(
  body: {
    name?: string | undefined;
    role?: Role | undefined;
    relation?: unknown;
    adultConfirmed?: boolean | undefined;
  },
  ctx: z.core.$RefinementCtx,
  adding: boolean,
): void {
  if (adding && body.role !== "netvaerk" && !body.name) {
    ctx.addIssue({ code: "custom", path: ["name"], message: "name must not be empty" });
  }
  if (body.role === "tolk" && body.adultConfirmed !== true) {
    ctx.addIssue({
      code: "custom",
      path: ["adultConfirmed"],
      message: "adultConfirmed must be true: confirm that the interpreter is 18 or over",
    });
  }
  if (adding && body.role === "netvaerk" && !body.relation) {
    ctx.addIssue({ code: "custom", path: ["relation"], message: "relation is needed for the citizen's own people" });
  }
}

/** What a person works with, each area once; null to have it read from their words again. */
const MemberAreas = z
  .array(LifeArea)
  .max(LifeArea.options.length)
  .refine((areas) => new Set(areas).size === areas.length, "areas: each area once")
  .nullable();

export const AddMemberBody = z
  .strictObject({
    name: Text("name", 80).default(""),
    role: Role,
    /** One of her own people (role netvaerk): how they are hers. */
    relation: Relation.optional(),
    /** An interpreter (role tolk): the coordinator confirms they are 18 or over. */
    adultConfirmed: z.boolean().optional(),
    organisation: Text("organisation", 120).default(""),
    profession: Text("profession", 80).default(""),
    areas: MemberAreas.optional(),
    /** Link a staff account by its username, for a colleague who signs in. */
    accountUsername: z.string().trim().toLowerCase().max(80).optional(),
    email: Email.default(null),
    reminders: ReminderChannel.default("email"),
    language: MailLanguage.default("da"),
  })
  .superRefine((body, ctx) => checkRoleRules(body, ctx, true));
export type AddMemberBody = z.input<typeof AddMemberBody>;

export const UpdateMemberBody = z
  .strictObject({
    name: Text("name", 80).optional(),
    role: Role.optional(),
    relation: Relation.optional(),
    adultConfirmed: z.boolean().optional(),
    organisation: Text("organisation", 120).optional(),
    profession: Text("profession", 80).optional(),
    areas: MemberAreas.optional(),
    email: Email.optional(),
    reminders: ReminderChannel.optional(),
    language: MailLanguage.optional(),
  })
  .superRefine((body, ctx) => checkRoleRules(body, ctx, false));
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
