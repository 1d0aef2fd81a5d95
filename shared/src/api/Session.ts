import { z } from "zod";
import {
  AccountId,
  CaseId,
  InvitationId,
  MailLanguage,
  MeetingId,
  MemberId,
  Role,
  StaffRole,
} from "../vocabulary/index.ts";

/** Staff sign in with an account; everyone else enters through an invitation to one case or meeting. */
export const Principal = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("staff"),
    accountId: AccountId,
    username: z.string(),
    name: z.string(),
    role: StaffRole,
    /** She leads a team (issue 24): the team's page is hers. */
    leadsTeam: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal("guest"),
    memberId: MemberId,
    invitationId: InvitationId,
    name: z.string(),
    role: Role,
    caseId: CaseId,
    /** Null when the invitation covers every meeting of the case. */
    meetingId: MeetingId.nullable(),
    /**
     * In by a join code or a tablet handed across the table: a device the meeting's room shares,
     * which signs out when left untouched after the meeting. Absent in answers a device kept from
     * before it was sent.
     */
    sharedDevice: z.boolean().default(false),
  }),
]);
export type Principal = z.infer<typeof Principal>;

export const Session = z.object({ principal: Principal });

/** Signed out here, and where to sign out at the organisation's identity provider too. */
export const SignedOut = z.object({ providerLogout: z.url() });
export type SignedOut = z.infer<typeof SignedOut>;
export type Session = z.infer<typeof Session>;

/** What the sign-in page needs to know before anyone is signed in. */
export const AuthStatus = z.object({
  /** True until the first coordinator exists; then /api/setup refuses. */
  setupRequired: z.boolean(),
  oidc: z.boolean(),
  /** False when SAMPLAN_PASSWORD_SIGN_IN=false: staff sign in only through OIDC, and have no password. */
  passwordSignIn: z.boolean(),
  /**
   * Who this browser is signed in as, or null: the app asks this one question when it opens, so a
   * signed-out browser is never answered 401 (a console error on every visit) and a signed-in one
   * waits for one answer, not two.
   */
  principal: Principal.nullable(),
  /** Minutes without a touch before a device signs out: anywhere, and while a meeting under way is open. */
  idleSignOut: z.object({ minutes: z.number().int().positive(), inMeetingMinutes: z.number().int().positive() }),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

const Username = z
  .string({ error: "username must be text" })
  .trim()
  .toLowerCase()
  .min(3, "username must be at least 3 characters")
  .max(80, "username must be at most 80 characters")
  .regex(/^[a-z0-9._@-]+$/, "username may hold letters a–z, digits and . _ @ -");
/**
 * A password someone sets. 15 characters: NIST SP 800-63B-4 asks that much of a password that is
 * the only factor, as a Samplan password is; a sentence reaches it easily. 256 at most, no rules
 * about digits or capitals; the server also refuses common passwords and the person's own name.
 */
export const NewPassword = z
  .string({ error: "password must be text" })
  .min(15, "password must be at least 15 characters")
  .max(256, "password must be at most 256 characters");
const DisplayName = z
  .string({ error: "displayName must be text" })
  .trim()
  .min(1, "displayName must not be empty")
  .max(80, "displayName must be at most 80 characters");

export const SignInBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, "username must not be empty").max(80),
  password: z.string().min(1, "password must not be empty").max(256),
});
export type SignInBody = z.infer<typeof SignInBody>;

/** Creates the first coordinator. The setup code is printed in the server's log at first start. */
export const SetupBody = z.strictObject({
  setupCode: z.string().trim().min(1, "setupCode must not be empty").max(64),
  username: Username,
  displayName: DisplayName,
  /** Left out for an account that signs in only through OIDC (and always when password sign-in is off). */
  password: NewPassword.optional(),
});
export type SetupBody = z.infer<typeof SetupBody>;

export const CreateAccountBody = z.strictObject({
  username: Username,
  displayName: DisplayName,
  /** Left out for an account that signs in only through OIDC (and always when password sign-in is off). */
  password: NewPassword.optional(),
  role: StaffRole,
});
export type CreateAccountBody = z.infer<typeof CreateAccountBody>;

export const Account = z.object({
  id: AccountId,
  username: z.string(),
  displayName: z.string(),
  role: StaffRole,
  createdAt: z.iso.datetime({ offset: true }),
  /** False once a coordinator deactivated it: it signs in by no route. */
  active: z.boolean(),
  /** Whether it has a password at all; an account without one signs in only through OIDC. */
  passwordSignIn: z.boolean(),
  /** Whether an identity at the organisation's OIDC provider is linked to it. */
  oidcLinked: z.boolean(),
  /** The team it belongs to (null: none), and whether it leads it. */
  teamId: z.string().nullable(),
  leadsTeam: z.boolean(),
});
export type Account = z.infer<typeof Account>;

/** Exactly one of the two: the secret from a personal link, or a join code typed on a tablet. */
export const JoinBody = z.union([
  z.strictObject({ secret: z.string().min(16, "secret is too short").max(128) }),
  z.strictObject({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .transform((code) => code.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^[A-Z0-9]{8}$/, "code must be 8 letters or digits")),
  }),
]);
export type JoinBody = z.infer<typeof JoinBody>;

/** A guest chooses the language of her own e-mails: the one she chose for her view (issue 21). */
export const OwnLanguageBody = z.strictObject({ language: MailLanguage });
export type OwnLanguageBody = z.infer<typeof OwnLanguageBody>;

/** A short-lived token for the websocket, scoped to one meeting. */
export const ConnectionToken = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type ConnectionToken = z.infer<typeof ConnectionToken>;

export const AccountList = z.object({ accounts: z.array(Account) });
export type AccountList = z.infer<typeof AccountList>;
