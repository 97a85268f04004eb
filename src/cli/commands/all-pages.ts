// Small pieces shared by the needs, offers and interactions commands.
import { Option } from 'commander';

export const personOption = () =>
  new Option('--person <id>', 'the person’s id (from people list)').makeOptionMandatory();

/** Follows cursors to the end. */
export async function allPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    out.push(...p.items);
    cursor = p.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
