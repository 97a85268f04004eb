// The network picture's API: people as nodes, introductions and referrals between them as edges.
// REFERRAL_STATUSES is read from the table's module, the one place that list is written.
import { z } from 'zod';
import { REFERRAL_STATUSES } from '../db/schema/referrals';
import { INTRO_STATES, OUTCOMES } from '../domain/introduction/types';
import { Id, IsoDate } from '../shared/common-schema';

export const EDGE_KINDS = ['introduction', 'referral'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const NetworkNode = z
  .object({
    id: Id,
    name: z.string(),
    tags: z.array(z.string()),
    trust: z.number().int().nullable(),
    degree: z.number().int().describe('Edges of this answer that touch the person'),
  })
  .meta({ id: 'NetworkNode' });
export type NetworkNode = z.infer<typeof NetworkNode>;

export const NetworkEdge = z
  .object({
    id: Id.describe('The introduction’s or the referral’s id'),
    source: Id,
    target: Id,
    kind: z.enum(EDGE_KINDS),
    outcome: z
      .enum(OUTCOMES)
      .nullable()
      .describe('An introduction’s outcome; null while none, and for referrals'),
    state: z
      .union([z.enum(INTRO_STATES), z.enum(REFERRAL_STATUSES)])
      .describe('An introduction’s state, or a referral’s status'),
    date: IsoDate.describe('When it happened: the day introduced (else proposed), or the referral’s date'),
  })
  .meta({ id: 'NetworkEdge' });
export type NetworkEdge = z.infer<typeof NetworkEdge>;

export const NetworkGraph = z
  .object({ nodes: z.array(NetworkNode), edges: z.array(NetworkEdge) })
  .meta({ id: 'NetworkGraph' });
export type NetworkGraph = z.infer<typeof NetworkGraph>;
