// The speed-dating adapter on a tiny file written for this test, in the experiment's format: a wave where
// one side sits out a round, a wave on the 1–10 preference scale, thousands separators, missing values and
// a latin1 place name.
import { describe, expect, it } from 'vitest';
import { decodeLatin1, readNumber, readSpeedDates } from './speed-dating';

const HEADER =
  'iid,id,gender,wave,round,order,partner,pid,match,int_corr,samerace,dec,age,race,imprace,from,income,goal,date,go_out,exphappy,field_cd,attr1_1,sinc1_1,intel1_1,fun1_1,amb1_1,shar1_1,attr3_1,sinc3_1,fun3_1,intel3_1,amb3_1';
// Wave 2: women 1 and 2, man 3. Woman 2 sits out round 1, so her only date (with 3) is her order 1 but his 2.
// Wave 7: woman 4 and man 5 state the same preferences as 1 and 3 on the 1–10 scale instead of 100 points.
const ROWS = [
  '1,1,0,2,2,1,1,3,1,0.5,1,1,25,2,8,Zürich,"69,487.00",3,4,2,7,8,30,20,20,10,10,10,6,8,7,8,6',
  '2,2,0,2,2,1,1,3,0,-0.2,0,0,27,4,,Boston,,1,5,3,,1,30,20,20,10,10,10,9,7,8,9,7',
  '3,1,1,2,2,1,1,1,1,0.5,1,1,30,2,2,Paris,"101,000.00",2,3,1,5,8,40,10,20,10,10,10,7,7,7,7,7',
  '3,1,1,2,2,2,2,2,0,-0.2,0,1,30,2,2,Paris,"101,000.00",2,3,1,5,8,40,10,20,10,10,10,7,7,7,7,7',
  '4,1,0,7,1,1,1,5,0,0.1,1,0,24,2,5,,,3,4,2,6,3,6,4,4,2,2,2,6,8,7,8,6',
  '5,1,1,7,1,1,1,4,0,0.1,1,1,29,2,2,,,2,3,1,5,3,8,2,4,2,2,2,7,7,7,7,7',
  '6,2,1,7,1,1,1,,0,,,1,31,2,,,,,,,,,,,,,,,,,,,',
];
const CSV = `${HEADER}\n${ROWS.join('\n')}\n`;

describe('speed-dating adapter', () => {
  const dates = readSpeedDates(decodeLatin1(Buffer.from(CSV, 'latin1')));
  const find = (iid: string, pid: string) => dates.find((d) => d.iid === iid && d.pid === pid);

  it('reads numbers with thousands separators and leaves missing values unknown', () => {
    expect(readNumber('"69,487.00"')).toBe(69487);
    expect(readNumber('101,000.00')).toBe(101000);
    expect(readNumber('')).toBeUndefined();
    expect(readNumber(undefined)).toBeUndefined();
    expect(readNumber('n/a')).toBeUndefined();
  });

  it('skips a row without a partner and keeps the others', () => {
    expect(dates.map((d) => `${d.wave}:${d.iid}>${d.pid}`)).toEqual([
      '2:1>3',
      '2:2>3',
      '2:3>1',
      '2:3>2',
      '7:4>5',
      '7:5>4',
    ]);
  });

  it('puts a date in the later of the two people’s orders (the side that sat out counts only its own dates)', () => {
    expect(find('2', '3')?.slot).toBe(2);
    expect(find('3', '2')?.slot).toBe(2);
    expect(find('1', '3')?.slot).toBe(1);
    expect(find('2', '3')?.example.at).toBe(2);
  });

  it('maps a row to a decision and question of the learner, people named within their wave', () => {
    const d = find('3', '2');
    expect(d?.yes).toBe(true);
    expect(d?.match).toBe(false);
    expect(d?.example).toMatchObject({ decider: '2:3', target: '2:2', yes: true, at: 2 });
    expect(find('1', '3')?.match).toBe(true);
    // int_corr −0.2 → fit 0.4
    expect(d?.example.fit).toBeCloseTo(0.4, 12);
  });

  it('takes pre-event answers of both people, leaving out what is unknown', () => {
    const extra = find('3', '2')?.example.extra ?? {};
    expect(extra.decider_male).toBe(0.5);
    expect(extra.target_rates_self_attractive).toBeCloseTo(1, 12); // partner 2 rated themself 9: (9 − 7) / 2
    expect(extra.age_gap).toBeCloseTo(-0.6, 12); // 27 − 30, in five-year steps
    expect(extra.target_expects_happiness).toBeUndefined(); // partner 2 left it empty
    const other = find('2', '3')?.example.extra ?? {};
    expect(other.decider_expects_happiness).toBeUndefined();
    expect(other.same_race_weighted).toBeUndefined(); // imprace missing
    expect(find('1', '3')?.example.extra?.same_race_weighted).toBeCloseTo(0.8, 12);
  });

  it('compares preferences on the 1–10 scale (waves 6–9) with the 100-point ones', () => {
    const hundredPoints = find('1', '3')?.example.extra?.preference_match;
    const tenPoints = find('4', '5')?.example.extra?.preference_match;
    expect(hundredPoints).toBeDefined();
    expect(tenPoints).toBeCloseTo(hundredPoints ?? Number.NaN, 12);
  });
});
