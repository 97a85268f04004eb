// What `linchpin request-link …` and `linchpin requests …` do (their options are in requests.ts).
import * as links from '../../intro-requests/link-service';
import {
  AcceptIntroRequestInput,
  DeclineIntroRequestInput,
  EditIntroRequestInput,
  IntroRequestStatus,
} from '../../intro-requests/schema';
import * as service from '../../intro-requests/service';
import type { Handler } from '../action';
import { UserError } from '../context';
import { fields, printJson, table } from '../format';
import { defined, parseId, parseInput, parseOption } from '../input';

type WithJson = { json?: boolean };

/** Where a mistyped request id can be looked up. */
const REQUEST_LIST = 'linchpin requests list';

export const createLink: Handler<WithJson> = async (s, { opts }) => {
  const account = await s.account();
  const created = await links.createOrRotateLink(s.deps, account.id);
  if (opts.json) return printJson(s.io, created);
  s.io.stdout(
    `Your request link (shown this once; share it with people who may ask you for introductions):\n${created.url}\n`,
  );
};

export const revokeLink: Handler<WithJson> = async (s, { opts }) => {
  const account = await s.account();
  await links.revokeLink(s.deps, account.id);
  if (opts.json) return printJson(s.io, await links.linkStatus(s.deps, account.id));
  s.io.stdout('Request link turned off: its URL no longer works.\n');
};

export const showLink: Handler<WithJson> = async (s, { opts }) => {
  const account = await s.account();
  const status = await links.linkStatus(s.deps, account.id);
  if (opts.json) return printJson(s.io, status);
  s.io.stdout(
    status.active
      ? `The request link is on (made ${status.createdAt}). Make a new one with: linchpin request-link create\n`
      : 'No request link is on. Make one with: linchpin request-link create\n',
  );
};

export const listRequests: Handler<{ status?: string } & WithJson> = async (s, { opts }) => {
  const account = await s.account();
  const status =
    opts.status === undefined
      ? undefined
      : parseOption(IntroRequestStatus, opts.status, 'status', '--status');
  const { items } = await service.listRequests(s.deps.db, account.id, status);
  if (opts.json) return printJson(s.io, items);
  if (items.length === 0) return s.io.stdout('No requests.\n');
  s.io.stdout(
    table(items, [
      { header: 'ID', value: (r) => r.id, max: 36 },
      { header: 'STATUS', value: (r) => r.status },
      { header: 'FROM', value: (r) => `${r.requesterName} <${r.requesterEmail}>` },
      { header: 'WANTS TO MEET', value: (r) => r.wantsToMeet },
      { header: 'WHY', value: (r) => r.why },
    ]),
  );
};

type EditOptions = { name?: string; email?: string; wantsToMeet?: string; why?: string; about?: string };

export const editRequest: Handler<EditOptions & WithJson> = async (s, { opts, args }) => {
  const account = await s.account();
  const changes = defined({
    requesterName: opts.name,
    requesterEmail: opts.email,
    wantsToMeet: opts.wantsToMeet,
    why: opts.why,
    aboutRequester: opts.about,
  });
  if (Object.keys(changes).length === 0) {
    throw new UserError(
      'nothing to change: give at least one of --name, --email, --wants-to-meet, --why, --about',
    );
  }
  const input = parseInput(EditIntroRequestInput, changes, {
    requesterName: '--name',
    requesterEmail: '--email',
    wantsToMeet: '--wants-to-meet',
    why: '--why',
    aboutRequester: '--about',
  });
  const edited = await service.editRequest(
    s.deps.db,
    account.id,
    parseId(args[0]!, 'id', REQUEST_LIST),
    input,
  );
  if (opts.json) return printJson(s.io, edited);
  s.io.stdout(
    fields([
      ['From', `${edited.requesterName} <${edited.requesterEmail}>`],
      ['Wants to meet', edited.wantsToMeet],
      ['Why', edited.why],
      ['About them', edited.aboutRequester],
      ['Might fit', edited.candidates.map((c) => `${c.name} (${c.id})`).join(', ') || '(nobody found)'],
    ]),
  );
  s.io.stdout(`Accept with: linchpin requests accept ${edited.id} --to <personId>\n`);
};

export const acceptRequest: Handler<
  { to: string; reason?: string; confirmUnvouched?: boolean } & WithJson
> = async (s, { opts, args }) => {
  const account = await s.account();
  const input = parseInput(
    AcceptIntroRequestInput,
    { personId: opts.to, reason: opts.reason, confirmUnvouched: opts.confirmUnvouched ?? false },
    { personId: '--to', reason: '--reason', confirmUnvouched: '--confirm-unvouched' },
  );
  const accepted = await service.acceptRequest(
    s.deps,
    account.id,
    parseId(args[0]!, 'id', REQUEST_LIST),
    input,
  );
  if (opts.json) return printJson(s.io, accepted);
  s.io.stdout(
    fields([
      ['Accepted', accepted.request.requesterName],
      [
        'Person',
        `${accepted.requesterPersonId}${accepted.requesterCreated ? ' (added)' : ' (already in your network)'}`,
      ],
      ['Draft', accepted.introductionId],
    ]),
  );
  s.io.stdout(`Nobody has been asked yet. Review it, then: linchpin intro send ${accepted.introductionId}\n`);
};

export const declineRequest: Handler<{ note?: string } & WithJson> = async (s, { opts, args }) => {
  const account = await s.account();
  const input = parseInput(DeclineIntroRequestInput, { note: opts.note }, { note: '--note' });
  const declined = await service.declineRequest(
    s.deps,
    account.id,
    parseId(args[0]!, 'id', REQUEST_LIST),
    input,
  );
  if (opts.json) return printJson(s.io, declined);
  s.io.stdout(
    input.note?.trim()
      ? `Declined; your note to ${declined.requesterName} is in the outbox.\n`
      : `Declined silently; ${declined.requesterName} is sent nothing.\n`,
  );
};
