// Deleting someone who is in introductions from the person page: the dialog first asks as usual, then
// says what happens to their introductions (in the server's words) and only deletes on a second click.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiTokenFor, artifactsDir, type E2E, seedCall, seen, setUpOwner, startE2E } from './harness';

const OWNER = { email: 'del.owner@example.com', password: 'correct horse battery staple' };

let e2e: E2E;
let token = '';

const api = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  seedCall(e2e, token, method, path, body);

describe('deleting a person in introductions in the web app', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
  });
  afterAll(async () => {
    await e2e?.close();
  });

  test('says what happens to the introductions, then cancels them and deletes', async () => {
    const { page } = e2e;
    const ada = await api('POST', '/api/v1/people', { name: 'Ada Deleted', emails: ['ada.del@example.com'] });
    const bob = await api('POST', '/api/v1/people', { name: 'Bob Kept', emails: ['bob.kept@example.com'] });
    const intro = await api('POST', '/api/v1/introductions', {
      personAId: ada.id,
      personBId: bob.id,
      kind: 'peers',
      reason: 'Both love engines.',
      order: 'parallel',
    });
    await api('POST', `/api/v1/introductions/${intro.id}/request`);
    await api('POST', `/api/v1/introductions/${intro.id}/answers`, { personId: bob.id, answer: 'yes' });

    await page.goto(`/people/${ada.id}`);
    await seen(page.getByRole('heading', { name: 'Ada Deleted', level: 1 }));
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Ada Deleted?' });
    await confirm.getByRole('button', { name: 'Delete person' }).click();
    await seen(
      confirm.getByText(
        'Ada Deleted is in 1 open introduction; deleting cancels it (Bob Kept gets a neutral note).',
      ),
    );
    await confirm.getByRole('button', { name: 'Cancel introductions and delete' }).click();
    await seen(page.getByRole('heading', { name: 'People', level: 1 }));
    expect((await api('GET', `/api/v1/introductions/${intro.id}`)).state).toBe('cancelled');
    expect(e2e.problems.filter((p) => !p.includes('409'))).toEqual([]);
  });
});
