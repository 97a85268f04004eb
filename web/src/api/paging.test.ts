import { describe, expect, test } from 'vitest';
import { readAllPages } from './paging';

/** A list of `total` numbers served `size` at a time, recording the cursors asked for. */
function pagedList(total: number, size: number) {
  const asked: (string | undefined)[] = [];
  const readPage = async (cursor: string | undefined) => {
    asked.push(cursor);
    const start = cursor ? Number(cursor) : 0;
    const end = Math.min(start + size, total);
    const items = Array.from({ length: end - start }, (_, i) => start + i);
    return { items, nextCursor: end < total ? String(end) : null };
  };
  return { asked, readPage };
}

describe('readAllPages', () => {
  test('reads every page while the server gives a cursor, past any fixed number of pages', async () => {
    const list = pagedList(6_100, 200);
    const items = await readAllPages(list.readPage);
    expect(items).toHaveLength(6_100);
    expect(items.at(-1)).toBe(6_099);
    expect(list.asked).toHaveLength(31);
    expect(list.asked[0]).toBeUndefined();
  });

  test('one page without a cursor is the whole list', async () => {
    const list = pagedList(3, 200);
    expect(await readAllPages(list.readPage)).toEqual([0, 1, 2]);
    expect(list.asked).toEqual([undefined]);
  });

  test('a cursor the server already gave fails instead of looping for ever', async () => {
    const readPage = async () => ({ items: [1], nextCursor: 'same' });
    await expect(readAllPages(readPage)).rejects.toThrow(/repeated a page/);
  });
});
