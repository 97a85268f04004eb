import { describe, expect, it } from 'vitest';
import { JointEffects } from './joint';

describe('JointEffects', () => {
  it('rates a target met by choosy deciders above one with the same yeses from easy deciders', () => {
    const joint = new JointEffects(1, 1);
    // Deciders 0–2 are choosy (no to eight others), 3–5 easy (yes to eight others).
    for (let d = 0; d < 6; d++) for (let t = 10; t < 18; t++) joint.add(d, t, d >= 3);
    // Targets 20 and 21 each get one yes of three: 20 from choosy deciders, 21 from easy ones.
    joint.add(0, 20, true);
    joint.add(1, 20, false);
    joint.add(2, 20, false);
    joint.add(3, 21, true);
    joint.add(4, 21, false);
    joint.add(5, 21, false);
    const [, choosyPick] = joint.effects(undefined, 20, 0);
    const [, easyPick] = joint.effects(undefined, 21, 0);
    expect(choosyPick).toBeGreaterThan(easyPick);
    const [choosy] = joint.effects(0, undefined, 0);
    const [easy] = joint.effects(3, undefined, 0);
    expect(choosy).toBeLessThan(easy);
  });

  it('says nothing (0) about someone without answers', () => {
    const joint = new JointEffects(1, 1);
    joint.add(0, 1, true);
    expect(joint.effects(7, 9, 0)).toEqual([0, 0]);
  });

  it('leaves a larger residual for a yes from a choosy decider than from an easy one, and residuals of yes and no one apart', () => {
    const joint = new JointEffects(1, 1);
    for (let d = 0; d < 6; d++) for (let t = 10; t < 18; t++) joint.add(d, t, d >= 3);
    joint.effects(undefined, undefined, 0);
    const fromChoosy = joint.residual(0, 10, true);
    const fromEasy = joint.residual(3, 10, true);
    expect(fromChoosy).toBeGreaterThan(fromEasy);
    expect(fromEasy).toBeGreaterThan(0);
    expect(fromChoosy).toBeLessThan(1);
    expect(joint.residual(0, 10, true) - joint.residual(0, 10, false)).toBeCloseTo(1, 12);
  });
});
