// What `linchpin agenda` does: Today for the account, in its time zone, as of the app's clock (so
// LINCHPIN_NOW shows another day). --json prints exactly the API's answer. `linchpin intro agenda` prints
// the same for Today's introduction items only.
import type { Agenda, AgendaItemV2 } from '../../agenda/schema';
import { agendaFor, introductionAgendaFor } from '../../agenda/service';
import { dayWords } from '../../domain/time/day-words';
import type { Handler } from '../action';
import { printJson } from '../format';

const MARK: Record<AgendaItemV2['urgency'], string> = { overdue: '!!', due: ' !', info: '  ' };

/** The ids a follow-up command needs, so the connector can act from the shell too. */
function refs(i: AgendaItemV2): string {
  const parts = [
    i.introductionId && `introduction ${i.introductionId}`,
    i.needId && `need ${i.needId}`,
    i.outboxId && `message ${i.outboxId}`,
    i.requestId && `linchpin requests accept|decline ${i.requestId}`,
    (i.kind === 'keep_in_touch' || i.kind === 'need_due' || i.kind === 'criteria_met') &&
      i.people[0] &&
      `person ${i.people[0].id}`,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

type Read = typeof agendaFor;

async function show(
  s: Parameters<Handler<{ json?: boolean }>>[0],
  json: boolean | undefined,
  read: Read,
  what: string,
): Promise<void> {
  const account = await s.account();
  const agenda: Agenda = await read(s.deps.db, account.id, s.deps.clock.now(), {
    timing: s.deps.config.introductions,
  });
  if (json) return printJson(s.io, agenda);
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: agenda.timeZone, weekday: 'long' }).format(
    new Date(agenda.asOf),
  );
  // In the words the items themselves use for days ("ask again on 6 Jan 2027").
  const day = `${weekday} ${dayWords(new Date(agenda.asOf), agenda.timeZone)}`;
  const n = agenda.items.length;
  s.io.stdout(
    `${what}, ${day} (${agenda.timeZone}): ${n === 0 ? 'nothing needs you' : `${n} item${n === 1 ? '' : 's'}`}\n`,
  );
  if (n === 0) {
    s.io.stdout(
      'Add people with needs and offers, propose an introduction, or set keep-in-touch cadences.\n',
    );
    return;
  }
  for (const i of agenda.items) {
    s.io.stdout(`${MARK[i.urgency]} ${i.kind.replace(/_/g, ' ').padEnd(18)} ${i.summary}\n`);
    // An answer's summary quotes its note already; a check-back's note (why "not now") comes on its own line.
    if (i.note && !i.summary.includes(i.note)) s.io.stdout(`   ${''.padEnd(18)} “${i.note}”\n`);
    s.io.stdout(`   ${''.padEnd(18)} → ${i.action.label}${refs(i)}\n`);
  }
}

export const showToday: Handler<{ json?: boolean }> = (s, { opts }) => show(s, opts.json, agendaFor, 'Today');

export const showIntroductionAgenda: Handler<{ json?: boolean }> = (s, { opts }) =>
  show(s, opts.json, introductionAgendaFor, 'Introductions today');
