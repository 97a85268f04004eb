import { describe, expect, it } from 'vitest';
import { orderSources, type SourceFacts, sourceLabel } from './source-label';

const imported = (over: Partial<SourceFacts> = {}): SourceFacts => ({
  kind: 'import',
  importId: '00000000-0000-4000-8000-000000000001',
  importFileName: 'contacts.csv',
  importFormat: 'linkedin',
  importCreatedAt: new Date('2026-12-06T10:00:00Z'),
  ...over,
});
const bare = (kind: SourceFacts['kind']): SourceFacts => ({
  kind,
  importId: null,
  importFileName: null,
  importFormat: null,
  importCreatedAt: null,
});

describe('sourceLabel', () => {
  it('names an import by its format, file and day', () => {
    expect(sourceLabel(imported(), 'UTC')).toBe('LinkedIn import (contacts.csv), 6 Dec 2026');
  });

  it("dates an import on the account's calendar, not UTC's", () => {
    const late = imported({ importCreatedAt: new Date('2026-12-06T23:30:00Z') });
    expect(sourceLabel(late, 'Asia/Tokyo')).toBe('LinkedIn import (contacts.csv), 7 Dec 2026');
  });

  it('says in words where people came without an import', () => {
    expect(sourceLabel(bare('hand'), 'UTC')).toBe('Added by hand');
    expect(sourceLabel(bare('demo'), 'UTC')).toBe('Demo network');
    expect(sourceLabel(bare('request'), 'UTC')).toBe('Asked through your link');
    expect(sourceLabel(bare('import'), 'UTC')).toBe('Imported before imports were recorded');
  });
});

describe('orderSources', () => {
  it('lists imports newest first, then by hand, link and demo', () => {
    const older = imported({ importId: 'a', importCreatedAt: new Date('2026-01-01T00:00:00Z') });
    const newer = imported({ importId: 'b' });
    const order = orderSources([bare('demo'), bare('hand'), older, bare('request'), newer]);
    expect(order.map((s) => s.importId ?? s.kind)).toEqual(['b', 'a', 'hand', 'request', 'demo']);
  });
});
