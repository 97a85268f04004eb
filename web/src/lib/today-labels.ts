// How Today names and colours its kinds of item and their urgency: one place for the page and its rows.
import type { TodayItem, TodayKind, TodayUrgency } from '../api/today';

/** Section headings, in the order the API sorts kinds (most urgent first). */
export const todayHeadings: Record<TodayKind, string> = {
  failed_mail: 'Emails that did not reach someone',
  answer: 'Answers that came in',
  request: 'Introduction requests from your network',
  ready_to_send: 'Both said yes: ready to send',
  reconfirm: 'Yeses to reconfirm before sending',
  check_back: 'Check back: they asked you to ask again',
  waiting_for_answer: 'No answer yet, even after a reminder',
  outcome_due: 'How did it go? Record the outcome',
  follow_up: 'Follow-ups due',
  need_due: 'Needs coming due',
  criteria_met: 'Your criteria are met now',
  keep_in_touch: 'Keep in touch',
  suggestion: 'Suggested introductions',
};

/** The accessible name of each kind's list. */
export const todayListLabels: Record<TodayKind, string> = {
  failed_mail: 'Not delivered',
  answer: 'Answers',
  request: 'Introduction requests',
  ready_to_send: 'Ready to send',
  reconfirm: 'Reconfirm',
  check_back: 'Ask again',
  waiting_for_answer: 'Still waiting',
  outcome_due: 'Record the outcome',
  follow_up: 'Follow up',
  need_due: 'Needs due',
  criteria_met: 'Criteria met',
  keep_in_touch: 'Keep in touch',
  suggestion: 'Suggestions',
};

export const urgencyColors: Record<TodayUrgency, string> = {
  overdue: 'red',
  due: 'yellow',
  info: 'gray',
};

export const urgencyLabels: Record<TodayUrgency, string> = {
  overdue: 'Overdue',
  due: 'Due',
  info: 'For your information',
};

/**
 * The badge of one item. An answer that came in is news, not a deadline: "Due" on "said not now, ask again
 * on 1 Mar" read as if the check-back were due today.
 */
export const badgeOf = (item: Pick<TodayItem, 'kind' | 'urgency'>): string =>
  item.kind === 'answer' ? 'New' : urgencyLabels[item.urgency];
