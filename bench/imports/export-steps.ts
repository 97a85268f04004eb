// The export part of the import benchmark: the account filled by the LinkedIn import (30k people with
// an interaction each) exported as vCard, CSV and a JSON backup, the way GET /api/v1/export streams it.
import type { Db } from '../../src/db/client';
import { exportChunks } from '../../src/exports/service';
import { systemClock } from '../../src/shared/clock';
import { round } from '../lib/stats';

type Measure = (step: string, fn: () => Promise<string>) => Promise<{ step: string }>;

export async function exportSteps(db: Db, accountId: string, measure: Measure) {
  const results = [];
  for (const format of ['vcard', 'csv', 'json'] as const) {
    results.push(
      await measure(`export ${format}`, async () => {
        let bytes = 0;
        let chunks = 0;
        for await (const chunk of exportChunks(db, accountId, format, {}, systemClock.now())) {
          bytes += Buffer.byteLength(chunk);
          chunks++;
        }
        return `${round(bytes / 2 ** 20)} MB in ${chunks} chunks`;
      }),
    );
  }
  return results;
}
