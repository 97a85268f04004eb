// The product code keeps no type-erasing casts (issue 7): `as unknown as` and `as never` switch the
// compiler off for a value, so a change on one side of a layer stops showing on the other. Tests may use
// them (a fake of a part of an interface); the product may only with a reason written down here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const PRODUCT_DIRS = ['src', 'web/src'];

/** Documented exceptions: file (from the repository root) → how many casts it holds, and why. */
const ALLOWED: Record<string, { count: number; why: string }> = {};

const CAST = /\bas\s+unknown\s+as\b|\bas\s+never\b/g;

function typeErasingCasts(text: string): number {
  return text.match(CAST)?.length ?? 0;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function productFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !isTest(f))
    .map((f) => relative(ROOT, join(ROOT, dir, f)));
}

describe('type-erasing casts', () => {
  it('are found in either spelling, across lines, and not in words that only contain them', () => {
    expect(typeErasingCasts('const db = x as unknown as Db;')).toBe(1);
    expect(typeErasingCasts('f(x as never); g(y as\n  unknown as\n  T);')).toBe(2);
    expect(typeErasingCasts('const has never = 1; const alias unknownAs = 2; x as neverMind')).toBe(0);
  });

  it('appear in the product only where ALLOWED says why, and as often as it says', () => {
    const found: Record<string, number> = {};
    for (const dir of PRODUCT_DIRS) {
      for (const file of productFiles(dir)) {
        const n = typeErasingCasts(readFileSync(join(ROOT, file), 'utf8'));
        if (n) found[file] = n;
      }
    }
    const allowed = Object.fromEntries(Object.entries(ALLOWED).map(([file, { count }]) => [file, count]));
    expect(found).toEqual(allowed);
  });

  it('looks at the product code (it finds the files it should check)', () => {
    const files = PRODUCT_DIRS.flatMap(productFiles);
    expect(files).toContain('src/db/client.ts');
    expect(files).toContain('web/src/main.tsx');
    expect(files.some(isTest)).toBe(false);
  });
});
