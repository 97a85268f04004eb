// What goes into a digest: Today's items, each reduced to the fields the template may show.
import type { Agenda } from '../agenda/schema';
import type { DigestItem } from '../mail/templates/digest';

export function digestItems(agenda: Agenda): DigestItem[] {
  return agenda.items.map((item) => ({
    summary: item.summary,
    urgency: item.urgency,
    actionLabel: item.action.label,
  }));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Monday 30 March 2026" for a local date (YYYY-MM-DD); spelled out here, so no ICU version changes it. */
export function dateLabel(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
