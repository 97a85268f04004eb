import { z } from 'zod';
import { DIGEST_FREQUENCIES } from '../domain/time/digest-schedule';
import { canonicalTimeZone, isTimeZone } from '../domain/time/zoned';
import { HIDDEN_CHARACTERS_ERROR, hasHiddenCharacters, Id, IsoDateTime, line } from '../shared/common-schema';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, weakPasswordReason } from './password-policy';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'must be an email address' }).max(320));

/** A password to sign in with: any, since the strength rule may have changed since it was chosen. */
export const Password = z
  .string()
  .min(1, { error: 'enter your password' })
  .max(MAX_PASSWORD_LENGTH, { error: `must be at most ${MAX_PASSWORD_LENGTH} characters` });

/** A password being chosen (sign-up, user create, change, reset): see password-policy.ts. */
export const NewPassword = z
  .string()
  .superRefine((pw, ctx) => {
    const reason = weakPasswordReason(pw);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  })
  .describe(
    `At least ${MIN_PASSWORD_LENGTH} characters, not only spaces, and not one of the most common passwords`,
  );

export const PasswordResetRequest = z.strictObject({ email: Email }).meta({ id: 'PasswordResetRequest' });
export const PasswordResetConfirm = z
  .strictObject({
    token: z
      .string()
      .min(1, { error: 'the link is incomplete' })
      .max(200, { error: 'the link is not valid' }),
    password: NewPassword,
  })
  .meta({ id: 'PasswordResetConfirm' });

export const Credentials = z.strictObject({ email: Email, password: Password }).meta({ id: 'Credentials' });
export type Credentials = z.infer<typeof Credentials>;

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

// Characters that make a display name read as (or break out into) an address in a From line.
const ADDRESS_LIKE = /[<>@"\\]/;

/**
 * How the connector signs emails and appears in their From line. One line (it ends up in a mail header),
 * at most 100 characters, without the text-direction characters person names refuse or anything that
 * looks like an address; empty clears it, and emails are signed with the account's email again.
 */
export const DisplayName = z
  .string()
  .trim()
  .max(100, { error: 'must be at most 100 characters' })
  .refine((s) => !CONTROL.test(s), { error: 'must be a single line without control characters' })
  .refine((s) => !hasHiddenCharacters(s), { error: HIDDEN_CHARACTERS_ERROR })
  .refine((s) => !ADDRESS_LIKE.test(s), { error: 'must be a name, without < > @ " or \\' })
  .describe('Your name as people see it in emails, e.g. "Alex Kim"');

/** An IANA time zone name this server knows ("Europe/London"): "today", digests and due dates follow it. */
export const TimeZone = z
  .string()
  .trim()
  .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/London or America/New_York' })
  .overwrite(canonicalTimeZone)
  .describe('IANA time zone, e.g. "Europe/London"');

export const DigestSettings = z
  .object({
    frequency: z
      .enum(DIGEST_FREQUENCIES)
      .describe("none: no digest; daily: every day; weekly: on Mondays (in the account's time zone)"),
    hour: z.number().int().min(0).max(23).describe('The local hour (0–23) the digest goes out'),
  })
  .meta({ id: 'DigestSettings' });
export type DigestSettings = z.infer<typeof DigestSettings>;

const VouchCriteria = z
  .array(z.string().trim().min(1, { error: 'must not be empty' }).max(200))
  .max(30)
  .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, {
    error: 'must not repeat a criterion',
  })
  .describe('Your criteria for recommending someone; a new person starts with them, unticked');

export const SignupInput = z
  .strictObject({
    email: Email,
    password: NewPassword,
    name: DisplayName.optional(),
    timeZone: TimeZone.optional().describe(
      "The account's time zone (the web app sends the browser's); default UTC",
    ),
  })
  .meta({ id: 'SignupInput' });
export type SignupInput = z.infer<typeof SignupInput>;

export const AccountPatch = z
  .strictObject({
    name: DisplayName.nullable(),
    timeZone: TimeZone,
    digest: z
      .strictObject({ frequency: DigestSettings.shape.frequency, hour: DigestSettings.shape.hour })
      .partial()
      .describe('Either field alone changes only that one'),
    vouchCriteria: VouchCriteria,
  })
  .partial()
  .meta({ id: 'AccountPatch' });
export type AccountPatch = z.infer<typeof AccountPatch>;

export const Account = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string().nullable().describe('The display name emails are signed with; null: the email'),
    role: z.enum(['owner', 'member']),
    timeZone: z.string().describe('IANA time zone: "today", digests and due dates follow it'),
    digest: DigestSettings,
    vouchCriteria: VouchCriteria,
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof Account>;

export const SessionInfo = z
  .object({
    // A union, not Account.nullable(): @hono/zod-openapi would mark the shared Account component itself
    // nullable, and every route answering with an Account would then be documented as answering null.
    account: z.union([Account, z.null()]),
    csrfToken: z.string().nullable().describe('Send as X-CSRF-Token on cookie-authenticated writes'),
    setupRequired: z.boolean().describe('True until the first (owner) account exists'),
    signupsAllowed: z.boolean(),
    passwordResetByEmail: z
      .boolean()
      .describe('Whether "Forgot your password?" can email a link (the server sends email)'),
    now: IsoDateTime.describe(
      "The server's time. Dates in the app count from it; it differs from the real time under LINCHPIN_NOW",
    ),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const InstanceSettings = z
  .object({ allowSignups: z.boolean().describe('Whether new accounts may sign up after the owner') })
  .meta({ id: 'InstanceSettings' });
export type InstanceSettings = z.infer<typeof InstanceSettings>;
export const InstanceSettingsPatch = z.strictObject({ allowSignups: z.boolean() }).partial();
export type InstanceSettingsPatch = z.infer<typeof InstanceSettingsPatch>;

export const TokenInput = z.strictObject({ name: line(100).default('API token') });
export const ApiToken = z
  .object({ id: Id, name: z.string(), createdAt: IsoDateTime, lastUsedAt: IsoDateTime.nullable() })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;
export const CreatedApiToken = ApiToken.extend({
  token: z.string().describe('Shown once; send as "Authorization: Bearer <token>"'),
}).meta({ id: 'CreatedApiToken' });

export const PasswordChange = z
  .strictObject({
    currentPassword: Password.describe('The password you sign in with now'),
    newPassword: NewPassword,
  })
  .meta({ id: 'PasswordChange' });
export type PasswordChange = z.infer<typeof PasswordChange>;

export const SessionView = z
  .object({
    id: z.string().describe('Identifies the session in this list; it cannot be used to sign in'),
    createdAt: IsoDateTime.describe('When it signed in'),
    expiresAt: IsoDateTime,
    current: z.boolean().describe('True for the session making this request'),
  })
  .meta({ id: 'SessionView' });
export type SessionView = z.infer<typeof SessionView>;

export const SignedOut = z
  .object({ signedOut: z.number().int().describe('How many sessions were ended') })
  .meta({ id: 'SignedOut' });
