// Every kind of item Today can hold, written once, most urgent first: the schema, the ordering, the web
// page and the CLI read this list.
export const AGENDA_KINDS = [
  'failed_mail',
  'answer',
  'request',
  'ready_to_send',
  'reconfirm',
  'check_back',
  'waiting_for_answer',
  'outcome_due',
  'follow_up',
  'need_due',
  'criteria_met',
  'keep_in_touch',
  'suggestion',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** How pressing an item is: past its limit, due today, or worth knowing. */
export const AGENDA_URGENCIES = ['overdue', 'due', 'info'] as const;
export type AgendaUrgency = (typeof AGENDA_URGENCIES)[number];

/**
 * Each item's one-click action. What each does (the web page and the CLI say the same):
 * acknowledge → POST /api/v1/agenda/acknowledgements; reask → POST /introductions/{id}/reask;
 * reconfirm → POST /introductions/{id}/reconfirm {party}; review_send → the web route
 * /introductions/{id}?review=send; send_follow_up → POST /introductions/{id}/follow-up;
 * record_outcome → the introduction page; resend → POST /outbox/{id}/resend; log_contact → POST
 * /people/{id}/interactions; mark_need_met → PATCH /needs/{id} {status: met}; draft_introduction →
 * POST /suggestions/draft; open_introduction → the introduction page; accept_request → POST
 * /intro-requests/{id}/accept {personId} (the web page and CLI also offer decline → …/decline);
 * open_person → the person's page (with acknowledge beside it).
 */
export const AGENDA_ACTIONS = [
  'acknowledge',
  'reask',
  'reconfirm',
  'review_send',
  'send_follow_up',
  'record_outcome',
  'resend',
  'log_contact',
  'mark_need_met',
  'draft_introduction',
  'open_introduction',
  'accept_request',
  'open_person',
] as const;
export type AgendaActionKind = (typeof AGENDA_ACTIONS)[number];

/** Position in the list: the kind's place in `AGENDA_KINDS`. */
export const kindRank = (kind: AgendaKind): number => AGENDA_KINDS.indexOf(kind);
