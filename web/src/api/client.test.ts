import { describe, expect, test } from 'vitest';
import { pointerToPath } from './client';

describe('pointerToPath turns the server’s JSON pointers into form paths', () => {
  test.each([
    ['/name', 'name'],
    ['/emails/0', 'emails.0'],
    ['/links/2/url', 'links.2.url'],
    ['/keepInTouch/maxDays', 'keepInTouch.maxDays'],
    ['/a~1b/c~0d', 'a/b.c~d'],
  ])('%s → %s', (pointer, path) => {
    expect(pointerToPath(pointer)).toBe(path);
  });
});
