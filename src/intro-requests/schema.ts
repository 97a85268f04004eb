// Introduction requests from the network: the public link's status, the requests, accepting and declining.
import { z } from 'zod';
import { INTRO_REQUEST_STATUSES } from '../db/schema/referrals';
import { Id, IsoDateTime, text } from '../shared/common-schema';
import { REQUEST_FIELD_RULES } from './form';

export const IntroRequestLinkCreated = z
  .object({
    url: z
      .string()
      .describe(
        'The public "ask me for an introduction" URL, shown once; the old URL (if any) stops working',
      ),
  })
  .meta({ id: 'IntroRequestLinkCreated' });
export type IntroRequestLinkCreated = z.infer<typeof IntroRequestLinkCreated>;

export const IntroRequestLinkStatus = z
  .object({
    active: z.boolean().describe('Whether a request link works now (its URL is never shown again)'),
    createdAt: IsoDateTime.nullable().describe('When the current link was made'),
  })
  .meta({ id: 'IntroRequestLinkStatus' });
export type IntroRequestLinkStatus = z.infer<typeof IntroRequestLinkStatus>;

export const IntroRequestStatus = z.enum(INTRO_REQUEST_STATUSES);

export const IntroRequest = z
  .object({
    id: Id,
    status: IntroRequestStatus,
    requesterName: z.string(),
    requesterEmail: z.string(),
    wantsToMeet: z.string().describe('Whom they would like to meet, in their words'),
    why: z.string(),
    aboutRequester: z.string().describe('The paragraph they wrote about themselves, to forward'),
    requesterPersonId: Id.nullable().describe('Set once accepted: the person they are (matched or created)'),
    introductionId: Id.nullable().describe('Set once accepted: the draft introduction'),
    createdAt: IsoDateTime,
    decidedAt: IsoDateTime.nullable(),
  })
  .meta({ id: 'IntroRequest' });
export type IntroRequest = z.infer<typeof IntroRequest>;

export const IntroRequestCandidate = z.object({
  id: Id,
  name: z.string(),
  company: z.string(),
  title: z.string(),
});

export const IntroRequestDetail = IntroRequest.extend({
  candidates: z
    .array(IntroRequestCandidate)
    .describe('People whose details match the "wants to meet" text, best first: suggestions only'),
  existingPerson: z
    .object({ id: Id, name: z.string() })
    .nullable()
    .describe('Someone already in the network the requester is (same email): accepting uses them'),
}).meta({ id: 'IntroRequestDetail' });
export type IntroRequestDetail = z.infer<typeof IntroRequestDetail>;

export const IntroRequestList = z.object({ items: z.array(IntroRequest) }).meta({ id: 'IntroRequestList' });

export const IntroRequestListQuery = z.object({
  status: IntroRequestStatus.optional().describe('Only requests in this state (default: all, newest first)'),
});

export const EditIntroRequestInput = z
  .strictObject({
    requesterName: REQUEST_FIELD_RULES.name.optional().describe('Their name, corrected'),
    requesterEmail: REQUEST_FIELD_RULES.email
      .optional()
      .describe('Their email (accepting matches or adds them by it; a decline note goes to it)'),
    wantsToMeet: REQUEST_FIELD_RULES.wantsToMeet.optional().describe('Whom they would like to meet'),
    why: REQUEST_FIELD_RULES.why.optional(),
    aboutRequester: REQUEST_FIELD_RULES.about
      .optional()
      .describe('Their paragraph about themselves: accepting makes it their pitch in the draft'),
  })
  .describe(
    'Fields left out stay as they are; each is checked as on the public form, so the request stays one they could have sent',
  )
  .meta({ id: 'EditIntroRequestInput' });
export type EditIntroRequestInput = z.output<typeof EditIntroRequestInput>;

export const AcceptIntroRequestInput = z
  .strictObject({
    personId: Id.describe('Whom the requester is to be introduced to: the connector chooses'),
    reason: text(2000).optional().describe('Why they should meet; defaults to what the requester wrote'),
    confirmUnvouched: z
      .boolean()
      .default(false)
      .describe('Draft even though some of that person’s vouch criteria are not met'),
  })
  .meta({ id: 'AcceptIntroRequestInput' });
export type AcceptIntroRequestInput = z.output<typeof AcceptIntroRequestInput>;

export const AcceptedIntroRequest = z
  .object({ request: IntroRequest, introductionId: Id, requesterPersonId: Id, requesterCreated: z.boolean() })
  .meta({ id: 'AcceptedIntroRequest' });
export type AcceptedIntroRequest = z.infer<typeof AcceptedIntroRequest>;

export const DeclineIntroRequestInput = z
  .strictObject({
    note: text(2000)
      .optional()
      .describe(
        'A kind note to the requester, sent as written (through the outbox). Omit or leave empty to decline silently',
      ),
  })
  .meta({ id: 'DeclineIntroRequestInput' });
export type DeclineIntroRequestInput = z.output<typeof DeclineIntroRequestInput>;

/** A kind default the connector reviews and edits before it goes (the web dialog and the CLI show it). */
export const KIND_DECLINE_NOTE =
  'Thank you for asking me. I am not able to make this introduction right now, but I appreciate you thinking of me, and I wish you the best with it.';
