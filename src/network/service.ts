// The network picture: introductions and referrals that pass the filters, and the people they touch (or,
// asked for all, everyone). No transaction: someone deleted between the reads takes their edges with them
// (`assembleGraph` drops an edge whose end is not among the people).
import type { DbOrTx } from '../db/client';
import { type EdgeFilter, wantsKind } from './filter';
import { assembleGraph, endpointsOf } from './graph';
import * as repo from './repository';
import type { NetworkGraph } from './schema';

export async function networkGraph(db: DbOrTx, accountId: string, f: EdgeFilter): Promise<NetworkGraph> {
  const edges = [
    ...(wantsKind(f, 'introduction') ? await repo.introductionEdges(db, accountId, f) : []),
    ...(wantsKind(f, 'referral') ? await repo.referralEdges(db, accountId, f) : []),
  ];
  if (!f.all) return assembleGraph(await repo.peopleByIds(db, accountId, endpointsOf(edges)), edges);
  const people = await repo.everyone(db, accountId, f.tags);
  // With a tag, an edge's other end may lack it: that person is still drawn, at the end of their edge.
  const present = new Set(people.map((p) => p.id));
  const missing = endpointsOf(edges).filter((id) => !present.has(id));
  return assembleGraph([...people, ...(await repo.peopleByIds(db, accountId, missing))], edges);
}
