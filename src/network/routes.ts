import { createRoute, z } from '@hono/zod-openapi';
import { json, problems, repeatable } from '../http/openapi';
import { createRouter } from '../http/router';
import { InputDate, Tag } from '../shared/common-schema';
import type { AppDeps } from '../shared/deps';
import { edgeFilter, OUTCOME_FILTERS } from './filter';
import { EDGE_KINDS, NetworkGraph } from './schema';
import { networkGraph } from './service';

const NetworkQuery = z
  .object({
    from: InputDate.optional().describe('Only edges on or after this day (UTC)'),
    to: InputDate.optional().describe('Only edges on or before this day (UTC)'),
    tag: repeatable(Tag).describe(
      'Only edges with a person carrying one of these tags at either end (repeat for several)',
    ),
    outcome: repeatable(z.enum(OUTCOME_FILTERS)).describe(
      'Only introductions with one of these outcomes (`none`: no outcome yet; repeat for several). Referrals have no outcome and are not narrowed by it',
    ),
    kind: repeatable(z.enum(EDGE_KINDS)).describe(
      'Only these kinds of edge (repeat for several); default both',
    ),
    all: z
      .enum(['true', 'false'])
      .optional()
      .describe(
        'true: everyone (with one of the tags, when given) as a node, also people with no edge. Default false: only the people the edges touch',
      ),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'must not be before `from`', path: ['to'] });

export function networkRoutes({ db }: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/network',
      tags: ['Network'],
      summary: 'The network picture: people and the introductions and referrals between them',
      description:
        'Nodes are people, edges are introductions (coloured by outcome on the web page) and referrals. By default ' +
        'only people with an edge in the answer are nodes; `all=true` adds everyone else. `degree` counts the ' +
        'edges of this answer. A referral joins the two people it names besides the connector (given: whom to ' +
        'whom; received: who sent a client, and that client).',
      request: { query: NetworkQuery },
      responses: {
        200: json(NetworkGraph, 'Nodes, most connected first, and edges, oldest first'),
        400: problems[400],
        401: problems[401],
      },
    }),
    async (c) =>
      c.json(await networkGraph(db, c.get('caller').accountId, edgeFilter(c.req.valid('query'))), 200),
  );
}
