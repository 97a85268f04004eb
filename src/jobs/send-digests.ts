// Job (every five minutes): each account's digest email once its local hour has come, once per period
// (src/digest/sweep.ts). Five minutes is as late as a digest arrives after its hour.
export { sendDueDigests } from '../digest/sweep';

export const SEND_DIGESTS_JOB = 'send-digests';
export const SEND_DIGESTS_CRON = '*/5 * * * *';
