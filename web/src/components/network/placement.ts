// Where each person starts before the layout runs. Pure and seeded: the same people get the same starting
// picture on every load, so the force layout (deterministic for a given start and number of steps) settles
// the same way. Most connected first (the order the API gives) on a golden-angle spiral, so hubs start in
// the middle, each nudged by a jitter drawn from a generator seeded by their own id.

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** FNV-1a: a 32-bit seed from a string. */
export function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** x, y for each id in order, as pairs in one array (the layout worker's input format). */
export function seededPlacement(ids: readonly string[]): Float64Array {
  const out = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const random = seededRandom(hashSeed(id));
    const r = 10 * Math.sqrt(i + 0.5);
    const angle = i * GOLDEN_ANGLE;
    out[2 * i] = r * Math.cos(angle) + (random() - 0.5) * 4;
    out[2 * i + 1] = r * Math.sin(angle) + (random() - 0.5) * 4;
  });
  return out;
}
