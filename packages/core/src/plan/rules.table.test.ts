/**
 * The plan rules of exercises.md "Selection rules that clinicians expect", one table per rule
 * (issue 14). Cases are inline changes to one base patient, or the example assessments 14-22.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { checkPlan } from './check-plan.js';
import { FLOOR_POSITIONS } from './condition-rules.js';
import { validatePlanEdit } from './edit.js';
import {
  age,
  chronic,
  comorbid,
  exampleOf,
  exercise,
  falls,
  goals,
  ids,
  legWeakness,
  lowPain,
  planned,
  planOf,
  repeated,
  sitToStand,
  trimester,
  type Change,
} from './test-rule-builders.js';

const BALANCE_LATER = ['single-leg-stance-eyes-closed', 'balance-board'];

describe('rule 1: directional preference is the centre, McKenzie-dosed, lying to standing', () => {
  it.each([
    ['extension', 'prone-lying', 'standing-back-extension', 'flexion', 'FI'],
    ['flexion', 'knee-to-chest', 'seated-flexion', 'extension', 'EI'],
  ] as const)('%s centralises: enters at %s, ends at %s', (dir, entry, last, other, tag) => {
    const p = planOf(repeated({ [dir]: 'centralises' }));
    const first = p.exercises[0];
    expect(first?.exerciseId).toBe(entry);
    expect(first?.centre).toBe(true);
    expect(p.exercises.filter((e) => e.centre)).toHaveLength(1);
    expect(first?.frequency).toEqual({ timesPerDay: 6, daysPerWeek: 7 });
    expect(first?.dose).toMatchObject(
      exercise(entry).dose.kind === 'hold' ? { sets: 1, holdSeconds: 60 } : { sets: 1, reps: 10 },
    );
    expect(first?.evidence).toContain('mckenzie-mdt');
    const stages = first?.stages ?? [];
    expect(stages[0]).toMatchObject({ fromWeek: 1, exerciseId: entry });
    expect(stages.at(-1)).toMatchObject({ exerciseId: last, toWeek: 12 });
    expect(p.focus).toMatch(new RegExp(`repeated ${dir}`));
    expect(p.phases[0]?.targets[0]).toMatch(/Centre of these weeks/);
    for (const e of planned(p).slice(1)) {
      expect(e.direction).not.toBe(other);
      expect(e.tolerance).not.toContain(tag);
    }
    expect(p.clinicianNotes.join(' ')).toMatch(new RegExp(`into ${other}.*wait`));
    expect(checkPlan(p, CATALOG)).toEqual([]);
  });

  it('a lateral shift centres on the side-glide, 10 repetitions 6 times a day', () => {
    const p = planOf(repeated({ sideGlideRight: 'abolishes' }));
    expect(p.exercises[0]).toMatchObject({
      exerciseId: 'side-glide-wall',
      centre: true,
      dose: { sets: 1, reps: 10 },
      frequency: { timesPerDay: 6, daysPerWeek: 7 },
    });
  });

  it('pregnancy: the extension path starts at its first step off the floor (standing)', () => {
    const p = planOf(comorbid('pregnancy'), trimester(2), repeated({ extension: 'centralises' }));
    expect(p.exercises[0]).toMatchObject({ exerciseId: 'standing-back-extension', centre: true });
    expect(checkPlan(p, CATALOG)).toEqual([]);
  });

  it('example 14 (10 days, extension centralises): prone lying at the centre', () => {
    const p = exampleOf('14-acute-extension-centralises');
    expect(p.exercises[0]).toMatchObject({ exerciseId: 'prone-lying', centre: true });
    expect(p.focus).not.toBeNull();
  });
});

describe('rule 2: no untested direction; acute plans start gently', () => {
  it('one sign of flexion intolerance with nothing tested: no directional exercise, a test-it note', () => {
    const p = planOf();
    expect(p.context.tolerance).toBe('flexion-intolerant');
    expect(planned(p).some((e) => e.category === 'directional')).toBe(false);
    expect(p.clinicianNotes.join(' ')).toMatch(/Repeated movements were not tested/);
  });

  it.each<[string, Change[]]>([
    ['acute (10 days)', []],
    ['subacute', [(a) => void (a.history.onsetDate = '2026-09-01')]],
  ])('%s: gentle mobility, no endurance, strength or motor control above level 1', (_n, c) => {
    const p = planOf(...c);
    const es = planned(p);
    expect(es.some((e) => e.category === 'mobility' && e.level === 1)).toBe(true);
    for (const e of es) {
      expect(e.category).not.toBe('endurance');
      if (e.category === 'strength' || e.category === 'motor-control') expect(e.level).toBe(1);
    }
    expect(p.clinicianNotes.join(' ')).toMatch(/start after the first review/);
    expect(p.phases[1]?.targets[0]).toMatch(/After the first review/);
  });

  it('function optimisation in an acute episode may start loaded work', () => {
    const p = planOf(lowPain);
    expect(p.context.approach).toBe('function-optimisation');
    expect(p.clinicianNotes.join(' ')).not.toMatch(/start after the first review/);
  });

  it('chronic: no acute limit', () => {
    expect(planOf(chronic).clinicianNotes.join(' ')).not.toMatch(/first review/);
  });
});

describe('rule 3: balance enters by fall risk', () => {
  it.each<[string, Change[], boolean]>([
    ['29, no risk', [], false],
    ['aged 65', [age(65)], true],
    ['a fall in the last year', [falls(1)], true],
    ['five-times sit-to-stand 13 s', [sitToStand(13)], true],
    ['sit-to-stand 12 s (not over 12)', [sitToStand(12)], false],
    ['leg weakness', [legWeakness], true],
    [
      'both legs',
      [
        (a) => {
          a.symptoms.side = 'both';
          a.symptoms.extent = 'below-knee';
        },
      ],
      true,
    ],
  ])('%s: supported first %s', (_n, changes, atRisk) => {
    const p = planOf(...changes);
    for (const id of BALANCE_LATER) expect(ids(p)).not.toContain(id);
    if (atRisk) {
      expect(ids(p)).toContain('supported-single-leg-stance');
      expect(ids(p)).not.toContain('single-leg-stance');
    } else {
      expect(ids(p)).not.toContain('supported-single-leg-stance');
    }
  });

  it('example 16 (71, both legs, slow sit-to-stand, a fall): supported stance and sit-to-stand', () => {
    const p = exampleOf('16-older-adult-knee-oa-falls');
    expect(ids(p)).toEqual(expect.arrayContaining(['supported-single-leg-stance', 'sit-to-stand']));
  });
});

const offFloor = (p: ReturnType<typeof planOf>) =>
  planned(p).filter((e) => FLOOR_POSITIONS.includes(e.position)).length;
const demands = (p: ReturnType<typeof planOf>) => planned(p).flatMap((e) => e.demands ?? []);
const positions = (p: ReturnType<typeof planOf>) => planned(p).map((e) => e.position);

describe('rule 4: other conditions change the choice, each with a reason', () => {
  it.each<[string, Change[], readonly string[], readonly string[], RegExp]>([
    [
      'knee osteoarthritis',
      [comorbid('knee-osteoarthritis')],
      ['kneeling', 'quadruped', 'half-kneeling'],
      ['deep-knee-flexion'],
      /Knee/,
    ],
    [
      'knee pain',
      [comorbid('knee-pain')],
      ['kneeling', 'quadruped', 'half-kneeling'],
      ['deep-knee-flexion'],
      /Knee/,
    ],
    ['hip osteoarthritis', [comorbid('hip-osteoarthritis')], [], ['deep-hip-flexion'], /Hip/],
    ['hip pain', [comorbid('hip-pain')], [], ['deep-hip-flexion'], /Hip/],
    [
      'osteoporosis',
      [comorbid('osteoporosis')],
      [],
      ['loaded-spinal-flexion', 'spinal-twist'],
      /Osteoporosis/,
    ],
    [
      'pregnancy, first trimester',
      [comorbid('pregnancy'), trimester(1)],
      ['prone'],
      [],
      /face down/,
    ],
    [
      'pregnancy, second trimester',
      [comorbid('pregnancy'), trimester(2)],
      ['prone', 'supine'],
      [],
      /flat on the back/,
    ],
    [
      'pregnancy, trimester not recorded',
      [comorbid('pregnancy')],
      ['prone', 'supine'],
      [],
      /not recorded/,
    ],
  ])('%s', (_n, changes, noPositions, noDemands, reason) => {
    for (const extra of [[], [chronic, lowPain]] as Change[][]) {
      const p = planOf(...changes, ...extra);
      for (const pos of noPositions) expect(positions(p)).not.toContain(pos);
      for (const d of noDemands) expect(demands(p)).not.toContain(d);
      expect(p.reasons.join(' ')).toMatch(reason);
      expect(checkPlan(p, CATALOG)).toEqual([]);
    }
  });

  it('pregnancy in the first trimester may still lie on the back', () => {
    const p = planOf(comorbid('pregnancy'), trimester(1), chronic);
    expect(p.context.conditions).toEqual(['pregnancy-prone']);
  });

  it.each<[string, Change[]]>([
    ['aged 70', [age(70)]],
    ['a fall in the last year', [falls(2)]],
  ])('%s: at most one floor exercise', (_n, changes) => {
    for (const extra of [[], [chronic], [chronic, lowPain]] as Change[][]) {
      expect(offFloor(planOf(...changes, ...extra))).toBeLessThanOrEqual(1);
    }
  });

  it.each<[string, Change[]]>([
    ['a slow sit-to-stand', [sitToStand(16)]],
    [
      'a goal of getting up from a chair',
      [goals({ area: 'daily-living', text: 'Get up from the sofa and a low chair' })],
    ],
  ])('%s adds sit-to-stand', (_n, changes) => {
    expect(ids(planOf(...changes))).toContain('sit-to-stand');
  });

  it('example 16 (knee osteoarthritis, 71): no kneeling, at most one floor exercise', () => {
    const p = exampleOf('16-older-adult-knee-oa-falls');
    expect(positions(p)).not.toContain('quadruped');
    expect(offFloor(p)).toBeLessThanOrEqual(1);
  });

  it('checkPlan warns (condition) when an edit adds what a condition leaves out', () => {
    const p = planOf(comorbid('knee-osteoarthritis'), chronic);
    const r = validatePlanEdit(p, [{ kind: 'add-exercise', exerciseId: 'bird-dog' }], CATALOG);
    const w = r.ok ? r.value.warnings.find((x) => x.code === 'condition') : undefined;
    expect(w).toMatchObject({ subject: 'bird-dog', evidence: ['tbc-2016'] });
    expect(w?.message).toMatch(/Knee osteoarthritis/);
  });

  it('checkPlan warns about a second floor exercise for an older patient', () => {
    const p = planOf(age(75), chronic);
    const floorIds = CATALOG.exercises
      .filter((e) => FLOOR_POSITIONS.includes(e.position) && e.status === 'recommended')
      .map((e) => e.id)
      .filter((id) => !ids(p).includes(id));
    const edits = floorIds
      .slice(0, 2)
      .map((id) => ({ kind: 'add-exercise' as const, exerciseId: id }));
    const r = validatePlanEdit(p, edits, CATALOG);
    expect(r.ok && r.value.warnings.some((w) => w.code === 'condition')).toBe(true);
  });
});
