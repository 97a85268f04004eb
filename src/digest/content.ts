// What goes into a digest: Today's items, each reduced to the fields the template may show.
import type { Agenda } from '../agenda/schema';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../domain/time/names';
import type { DigestItem } from '../mail/templates/digest';

export function digestItems(agenda: Agenda): DigestItem[] {
  return agenda.items.map((item) => ({
    summary: item.summary,
    urgency: item.urgency,
    actionLabel: item.action.label,
  }));
}

/** "Monday 30 March 2026" for a local date (YYYY-MM-DD); spelled out here, so no ICU version changes it. */
export function dateLabel(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return `${WEEKDAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
