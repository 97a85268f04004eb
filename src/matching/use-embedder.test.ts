// The real Universal Sentence Encoder, in its worker thread: unit-length vectors in order, meaning kept
// (a paraphrase is nearer than an unrelated text), and the calling thread stays free while it computes.
import { afterAll, describe, expect, it } from 'vitest';
import { dot } from '../domain/matching/vector';
import { stopEmbedder, useEmbedder } from './use-embedder';

afterAll(() => stopEmbedder());

describe('the sentence embedder', () => {
  it('gives one unit-length 512-d vector per text, in order, and nearer ones for nearer meanings', async () => {
    const embedder = useEmbedder();
    const [cpa, accountant, baseball, empty] = await embedder.embed([
      'I need a CPA for my tax return',
      'accountant who prepares tax filings',
      'baseball pitching lessons for kids',
      '',
    ]);
    for (const v of [cpa, accountant, baseball, empty]) expect(v).toHaveLength(512);
    expect(dot(cpa!, cpa!)).toBeCloseTo(1, 4);
    expect(dot(cpa!, accountant!)).toBeGreaterThan(dot(cpa!, baseball!));
    expect(await embedder.embed([])).toEqual([]);
  });

  it('gives no vector for a text in a script its English vocabulary cannot read, and reads English, Latin-script and mixed texts', async () => {
    const embedder = useEmbedder();
    const unreadable = [
      'שלום עולם מימון',
      'Привет, нужен финансовый директор',
      'Ελληνικά κείμενο',
      'e\u0301\u0301\u0301',
    ];
    const readable = [
      'A fractional CFO',
      'K8s SRE',
      'Necesito un contador para mi empresa',
      'Café für Gründer',
      '🚀 seed investor',
      'ℌ𝔢𝔩𝔭 with a seed round (资金)',
    ];
    const vectors = await embedder.embed([...unreadable, ...readable]);
    expect(vectors.map((v) => v.length)).toEqual([...unreadable.map(() => 0), ...readable.map(() => 512)]);
  });

  it('computes in another thread: timers on this one keep firing during a large batch', async () => {
    const embedder = useEmbedder();
    await embedder.embed(['warm up the model']);
    const texts = Array.from(
      { length: 300 },
      (_, i) => `Seed-stage founder number ${i} looking for a fractional CFO`,
    );
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await embedder.embed(texts);
    clearInterval(timer);
    // On the calling thread the same batch blocks the timer from start to end: 0 ticks in ~3 s here.
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it('gives up a batch at once when its signal aborts, before the thread is done with it, and embeds the next call as usual', async () => {
    const embedder = useEmbedder();
    await embedder.embed(['warm up the model']);
    const long = Array.from({ length: 200 }, (_, i) => `A long batch, text ${i}, about a fractional CFO`);
    const stopping = new AbortController();
    const settled: string[] = [];
    const givenUp = embedder.embed(long, stopping.signal).then(
      () => settled.push('long batch answered'),
      (err: Error) => settled.push(`long batch given up: ${err.message}`),
    );
    // Queued behind the long batch in the thread: it cannot be answered before that batch is computed.
    const next = embedder.embed(['the next call']).then((v) => {
      settled.push('next call answered');
      return v;
    });
    stopping.abort(new Error('stopping'));
    await givenUp;
    const [vector] = await next;
    expect(settled).toEqual(['long batch given up: stopping', 'next call answered']);
    expect(vector).toHaveLength(512);
    // Already aborted: refused without asking the thread.
    await expect(embedder.embed(['x'], stopping.signal)).rejects.toThrow('stopping');
  });
});
