// A closed-loop load generator: `concurrency` workers each send the next request as soon as the last one
// answered. Latency is measured per request from send to the end of the body.
export interface LoadResult {
  latenciesMs: number[];
  elapsedMs: number;
  statuses: Record<number, number>;
}

export async function runLoad(
  total: number,
  concurrency: number,
  send: (i: number) => Promise<Response>,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      const res = await send(i);
      await res.arrayBuffer();
      latenciesMs.push(performance.now() - t0);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latenciesMs, elapsedMs: performance.now() - started, statuses };
}
