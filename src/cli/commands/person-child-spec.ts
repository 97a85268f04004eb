// What a person-owned kind (needs, offers, interactions) tells person-child-commands.ts to register and
// person-child-actions.ts to do.
import type { Option } from 'commander';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import type { Column } from '../format';

export interface PersonChildCommandSpec<S extends z.ZodType, Item> {
  /** The command group, e.g. "needs". */
  group: string;
  description: string;
  add: {
    description: string;
    /**
     * API field name → the option that sets it, in the order help lists them. Errors about a field name
     * its option, e.g. "idealCounterpart (--for)".
     */
    fields: Record<string, Option>;
    /** The line printed after adding (without --json). */
    added(item: Item, personName: string): string;
  };
  list: {
    description: string;
    /** The line printed when the person has none. */
    empty(personName: string): string;
    columns: Column<Item>[];
  };
  /** Imports the feature's input schema and service functions (when a command runs). */
  load(): Promise<PersonChildFeature<S, Item>>;
}

export interface PersonChildFeature<S extends z.ZodType, Item> {
  /** The API's input schema for `add`. */
  Input: S;
  create(db: Db, accountId: string, personId: string, input: z.output<S>, now: Date): Promise<Item>;
  list(
    db: DbOrTx,
    accountId: string,
    personId: string,
    page: { limit?: number; cursor?: string },
  ): Promise<{ items: Item[]; nextCursor: string | null }>;
}
