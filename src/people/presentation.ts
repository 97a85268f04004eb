// What showing a page of people needs beyond their rows: the account's country (for phone numbers) and
// the imports they came from (for their source), read once per page.
import type { DbOrTx } from '../db/client';
import type { PersonRow } from '../db/schema';
import { displayPhones } from '../domain/contact/phone-display';
import { countryOfTimeZone } from '../domain/time/zone-countries';
import { importsByIds } from '../imports/repository';
import { importSettings } from '../imports/settings';
import { accountTimeZone } from '../keep-in-touch/repository';
import type { PersonSource } from './schema';
import { sourceLabel } from './source-label';

/** What a source's label needs of the import that created a person. */
export interface SourceImport {
  format: string | null;
  fileName: string;
  createdAt: Date;
}

export interface Presentation {
  /** The account's country (ISO 3166 alpha-2), or none: every number is then shown internationally. */
  region: string | undefined;
  timeZone: string;
  imports: ReadonlyMap<string, SourceImport>;
}

/**
 * The account's country: its time zone's, else the instance's LINCHPIN_DEFAULT_REGION (the one imports
 * read national numbers with), else none.
 */
export function accountRegion(timeZone: string): string | undefined {
  return countryOfTimeZone(timeZone) ?? importSettings().defaultRegion;
}

export async function accountRegionOf(db: DbOrTx, accountId: string): Promise<string | undefined> {
  return accountRegion(await accountTimeZone(db, accountId));
}

/** `knownTimeZone`: the account's, when the caller has read it already. */
export async function presentationOf(
  db: DbOrTx,
  accountId: string,
  rows: readonly Pick<PersonRow, 'sourceImportId'>[],
  knownTimeZone?: string,
): Promise<Presentation> {
  const timeZone = knownTimeZone ?? (await accountTimeZone(db, accountId));
  const ids = [...new Set(rows.flatMap((r) => (r.sourceImportId ? [r.sourceImportId] : [])))];
  const imports = new Map((await importsByIds(db, accountId, ids)).map((i) => [i.id, i]));
  return { region: accountRegion(timeZone), timeZone, imports };
}

export function phonesShown(row: Pick<PersonRow, 'phones'>, view: Presentation): string[] {
  return displayPhones(row.phones, view.region);
}

export function sourceOf(
  row: Pick<PersonRow, 'sourceKind' | 'sourceImportId'>,
  view: Presentation,
): PersonSource {
  const imported = row.sourceImportId ? view.imports.get(row.sourceImportId) : undefined;
  return {
    kind: row.sourceKind,
    importId: row.sourceImportId,
    label: sourceLabel(
      {
        kind: row.sourceKind,
        importId: row.sourceImportId,
        importFileName: imported?.fileName ?? null,
        importFormat: imported?.format ?? null,
        importCreatedAt: imported?.createdAt ?? null,
      },
      view.timeZone,
    ),
  };
}
