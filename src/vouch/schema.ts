// "Not yet": the connector's answer to someone who asked for referrals, with the criteria to see first.
import { z } from 'zod';
import { Id, IsoDateTime, line, text } from '../shared/common-schema';

export const NotYetInput = z
  .strictObject({
    asked: text(500).default('').describe('What the person asked for ("referrals to CFOs"), in your words'),
    criteria: z
      .array(line(200))
      .min(1, { error: 'name at least one criterion you would like to see met' })
      .max(10)
      .describe('Added to the person’s vouch criteria as not yet met (one already there is kept as it is)'),
  })
  .meta({ id: 'NotYetInput' });
export type NotYetInput = z.output<typeof NotYetInput>;

export const NotYetAnswer = z
  .object({
    id: Id,
    personId: Id,
    asked: z.string(),
    criteria: z.array(z.string()).describe('The criteria this answer waits for'),
    waitingFor: z.array(z.string()).describe('Those still not met'),
    met: z.boolean().describe('Every criterion it waits for is met: time to tell them'),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'NotYetAnswer' });
export type NotYetAnswer = z.infer<typeof NotYetAnswer>;

export const NotYetList = z
  .object({
    items: z
      .array(NotYetAnswer)
      .describe('Open answers, newest first; one leaves once its "criteria met" is acknowledged'),
    acknowledgeKey: z
      .string()
      .describe('Acknowledge answer X with POST /api/v1/agenda/acknowledgements {keys: [prefix + X.id]}'),
  })
  .meta({ id: 'NotYetList' });
