import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { allPeople, importFile } from '../../test/imports';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const csv = (...rows: string[]) => [header, ...rows].join('\n');

describe("an import's connections are each person's last contact", () => {
  it('for the people it creates: their newest connection, none without one', async () => {
    const me = await t.account();
    const result = await importFile(
      t,
      me,
      csv(
        'Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Analyst,09 Oct 2024',
        'Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley,Cryptanalyst,',
        // The same profile again with a later day: merged into Ada, created in the same batch.
        'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@engine.example,Engines,Analyst,12 Oct 2024',
      ),
    );
    expect(result.counts).toMatchObject({ created: 2, merged: 1, failed: 0 });
    const people = await allPeople(t, me);
    const ada = people.find((p) => p.name === 'Ada Lovelace')!;
    const alan = people.find((p) => p.name === 'Alan Turing')!;
    expect(ada.keepInTouch.lastContactAt).toBe('2024-10-12T12:00:00.000Z');
    expect(alan.keepInTouch.lastContactAt).toBeNull();
  });

  it('for people already there: moved forward to a newer connection, never back', async () => {
    const me = await t.account();
    await importFile(t, me, csv('Grace,Hopper,https://www.linkedin.com/in/grace,,Navy,Admiral,11 Oct 2024'));
    const later = await importFile(
      t,
      me,
      csv('Grace,Hopper,https://www.linkedin.com/in/grace,g@navy.example,Navy,Admiral,15 Nov 2024'),
    );
    expect(later.counts).toMatchObject({ created: 0, merged: 1 });
    const earlier = await importFile(
      t,
      me,
      csv('Grace,Hopper,https://www.linkedin.com/in/grace,h@navy.example,Navy,Admiral,01 Jan 2020'),
    );
    expect(earlier.counts).toMatchObject({ created: 0, merged: 1 });
    const [grace] = await allPeople(t, me);
    expect(grace!.keepInTouch.lastContactAt).toBe('2024-11-15T12:00:00.000Z');
  });
});
