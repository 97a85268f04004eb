// Today's part from what the network asked of the connector: pending introduction requests and "not yet"
// answers whose criteria are all met (until acknowledged).
import type { DbOrTx } from '../db/client';
import { listRequests } from '../intro-requests/repository';
import { openNotYet } from '../vouch/repository';
import { criteriaMetItem, requestItem } from './items/asks';
import type { AgendaItemV2 } from './schema';

export async function askItems(db: DbOrTx, accountId: string): Promise<AgendaItemV2[]> {
  const [requests, notYet] = await Promise.all([
    listRequests(db, accountId, 'pending', 50),
    openNotYet(db, accountId),
  ]);
  return [...requests.map(requestItem), ...notYet.flatMap(criteriaMetItem)];
}
