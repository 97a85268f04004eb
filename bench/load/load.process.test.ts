// The load harness's short version, in `npm test`: the same mix against the real `linchpin serve`, small
// enough to take seconds. It proves the mix still runs end to end and that no request fails under
// concurrency (zero 5xx, zero dropped connections); speed is the full benchmark's business (bench/README.md).
import { afterEach, describe, expect, it } from 'vitest';
import { drive, embedded, type LoadTarget, OPS, postgres } from './mix';

const SHORT = { clients: 8, seconds: 4, intros: 10 };
let target: LoadTarget | undefined;
afterEach(async () => {
  await target?.cleanUp();
  target = undefined;
});

async function runShort(t: LoadTarget, port: number) {
  target = t;
  const result = await drive(t, { ...SHORT, port });
  const failed = Object.entries(result.statuses).filter(([status]) => Number(status) >= 500);
  return { result, failed };
}

describe('the load mix, short (8 clients, 4 s, 300 people)', () => {
  it('runs every operation on the embedded database with no 5xx and no dropped connection', async () => {
    const { result, failed } = await runShort(await embedded(300), 4411);
    expect(failed).toEqual([]);
    for (const op of OPS) expect(result.byOp.get(op.name)?.length, op.name).toBeGreaterThan(0);
  }, 120_000);

  it.runIf(process.env.TEST_DATABASE_URL)(
    'runs every operation on PostgreSQL with no 5xx and no dropped connection',
    async () => {
      const { result, failed } = await runShort(
        await postgres(process.env.TEST_DATABASE_URL ?? '', 300),
        4412,
      );
      expect(failed).toEqual([]);
      for (const op of OPS) expect(result.byOp.get(op.name)?.length, op.name).toBeGreaterThan(0);
    },
    120_000,
  );
});
