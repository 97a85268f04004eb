// What `linchpin agenda` does: Today for the account, in its time zone, as of the app's clock (so
// LINCHPIN_NOW shows another day). --json prints exactly the API's answer.
import type { AgendaItemV2 } from '../../agenda/schema';
import { agendaFor } from '../../agenda/service';
import { localDate } from '../../domain/time/zoned';
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

export const showToday: Handler<{ json?: boolean }> = async (s, { opts }) => {
  const account = await s.account();
  const agenda = await agendaFor(s.deps.db, account.id, s.deps.clock.now(), {
    timing: s.deps.config.introductions,
  });
  if (opts.json) return printJson(s.io, agenda);
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: agenda.timeZone, weekday: 'long' }).format(
    new Date(agenda.asOf),
  );
  const day = `${weekday} ${localDate(new Date(agenda.asOf), agenda.timeZone)}`;
  const n = agenda.items.length;
  s.io.stdout(
    `Today, ${day} (${agenda.timeZone}): ${n === 0 ? 'nothing needs you' : `${n} item${n === 1 ? '' : 's'}`}\n`,
  );
  if (n === 0) {
    s.io.stdout(
      'Add people with needs and offers, propose an introduction, or set keep-in-touch cadences.\n',
    );
    return;
  }
  for (const i of agenda.items) {
    s.io.stdout(`${MARK[i.urgency]} ${i.kind.replace(/_/g, ' ').padEnd(18)} ${i.summary}\n`);
    s.io.stdout(`   ${''.padEnd(18)} → ${i.action.label}${refs(i)}\n`);
  }
};
