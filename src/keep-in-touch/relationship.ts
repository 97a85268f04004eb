// Strength and keep-in-touch state of a page of people, for every response that carries a person:
// one query for the page's interactions, one for the tag cadences, one for the time zone.
import type { DbOrTx } from '../db/client';
import {
  type Cadence,
  type CadenceSource,
  cadenceState,
  type KeepInTouchStatus,
  sourcedCadence,
  type TagCadence,
} from '../domain/relationship/cadence';
import { relationshipStrength, type Touch } from '../domain/relationship/strength';
import { touchesOfPeople } from '../interactions/repository';
import { accountTimeZone, tagCadenceMap } from './repository';

/** What a person's row holds that the relationship is computed from. */
export interface RelationshipSubject {
  id: string;
  tags: string[];
  keepInTouchIdealDays: number | null;
  keepInTouchMaxDays: number | null;
  lastContactAt: Date | null;
  createdAt: Date;
}

export interface KeepInTouchView extends Cadence {
  source: CadenceSource | null;
  tag: string | null;
  status: KeepInTouchStatus;
  lastContactAt: string | null;
  dueAt: string | null;
  overdueAt: string | null;
}

export interface Relationship {
  strength: number;
  strengthReasons: string[];
  keepInTouch: KeepInTouchView;
}

export interface RelationshipContext {
  timeZone: string;
  byTag: ReadonlyMap<string, TagCadence>;
}

export async function relationshipContext(db: DbOrTx, accountId: string): Promise<RelationshipContext> {
  return { timeZone: await accountTimeZone(db, accountId), byTag: await tagCadenceMap(db, accountId) };
}

/** One person's keep-in-touch state from their row alone (no interactions needed: last contact is kept). */
export function keepInTouchView(
  p: RelationshipSubject,
  ctx: RelationshipContext,
  now: Date,
): KeepInTouchView {
  const cadence = sourcedCadence(
    { idealDays: p.keepInTouchIdealDays, maxDays: p.keepInTouchMaxDays },
    p.tags,
    ctx.byTag,
  );
  const state = cadenceState(cadence, p.lastContactAt, p.createdAt, now, ctx.timeZone);
  return {
    idealDays: cadence.idealDays,
    maxDays: cadence.maxDays,
    source: cadence.source,
    tag: cadence.tag,
    status: state.status,
    lastContactAt: p.lastContactAt?.toISOString() ?? null,
    dueAt: state.dueAt?.toISOString() ?? null,
    overdueAt: state.overdueAt?.toISOString() ?? null,
  };
}

/** Each person's strength and keep-in-touch state as of `now`. */
export async function relationshipsOf(
  db: DbOrTx,
  accountId: string,
  subjects: readonly RelationshipSubject[],
  now: Date,
  context?: RelationshipContext,
): Promise<Map<string, Relationship>> {
  const out = new Map<string, Relationship>();
  if (subjects.length === 0) return out;
  const ctx = context ?? (await relationshipContext(db, accountId));
  const touches = new Map<string, Touch[]>();
  for (const t of await touchesOfPeople(
    db,
    accountId,
    subjects.map((s) => s.id),
  )) {
    const touch = { type: t.type, direction: t.direction, at: t.occurredAt };
    const list = touches.get(t.personId);
    if (list) list.push(touch);
    else touches.set(t.personId, [touch]);
  }
  for (const s of subjects) {
    const strength = relationshipStrength(touches.get(s.id) ?? [], now, ctx.timeZone);
    out.set(s.id, {
      strength: strength.score,
      strengthReasons: strength.reasons,
      keepInTouch: keepInTouchView(s, ctx, now),
    });
  }
  return out;
}
