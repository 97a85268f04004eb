// List routes answer a page at a time: `items` and the `nextCursor` to ask for the next page (null on the
// last). A view that shows a whole list reads every page; one that pages shows a load-more control.

/** Every item of a list: asks again with each page's cursor until the server says there is no more. */
export async function readAllPages<T>(
  readPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await readPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    // A cursor seen before would loop for ever: fail loudly rather than show a list that never loads.
    if (cursor !== undefined && seen.has(cursor)) throw new Error('The server repeated a page of this list');
    if (cursor !== undefined) seen.add(cursor);
  } while (cursor !== undefined);
  return items;
}

/** For useInfiniteQuery: the cursor of the page after `last`, undefined when it was the last. */
export const nextPageParam = (last: { nextCursor: string | null }): string | undefined =>
  last.nextCursor ?? undefined;
