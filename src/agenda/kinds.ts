// Every kind of item Today can hold, written once, most urgent first: the schema, the ordering, the web
// page and the CLI read this list.
export const AGENDA_KINDS = [
  'failed_mail',
  'answer',
  'ready_to_send',
  'reconfirm',
  'check_back',
  'waiting_for_answer',
  'outcome_due',
  'follow_up',
  'need_due',
  'keep_in_touch',
  'suggestion',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
