// The network picture: introductions and referrals that pass the filters, and the people they touch (or,
// asked for all, everyone). No transaction: someone deleted between the reads takes their edges with them
// (`assembleGraph` drops an edge whose end is not among the live people).
import type { DbOrTx } from '../db/client';
import { type EdgeFilter, wantsKind } from './filter';
import { assembleGraph } from './graph';
import * as repo from './repository';
import type { NetworkGraph } from './schema';

export async function networkGraph(db: DbOrTx, accountId: string, f: EdgeFilter): Promise<NetworkGraph> {
  const edges = [
    ...(wantsKind(f, 'introduction') ? await repo.introductionEdges(db, accountId, f) : []),
    ...(wantsKind(f, 'referral') ? await repo.referralEdges(db, accountId, f) : []),
  ];
  return assembleGraph(await repo.livePeople(db, accountId), edges, f);
}
