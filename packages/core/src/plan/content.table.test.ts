/**
 * Rules 5-11 of exercises.md "Selection rules" (issue 14): goal content, stenosis, the aerobic
 * target, measurable goals, graded exposure, early relaxation, answers to requests; and the
 * stored-plan upgrade.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { checkPlan } from './check-plan.js';
import { validatePlanEdit } from './edit.js';
import { rescoreGoals } from './goals.js';
import { REQUEST_ANSWERS } from './requests.js';
import {
  chronic,
  comorbid,
  equipment,
  exampleOf,
  exercise,
  fearAvoidant,
  goals,
  hierarchy,
  ids,
  lowPain,
  noQuestionnaires,
  planOf,
  planned,
  psfs,
  requests,
  startHigh,
  stenosis,
  walking,
  walkingTolerance,
  type Change,
  type Draft,
} from './test-rule-builders.js';
import { upgradePlan } from './upgrade.js';
import type { TreatmentRequest } from '../assessment/vocabulary.js';

const deadlift = goals({ area: 'sport', text: 'Deadlift 60 kg at the gym again' });
const lessonWeek = (p: ReturnType<typeof planOf>, id: string) =>
  p.lessons.find((l) => l.lessonId === id)?.week;

describe('rule 5: goals drive content', () => {
  it.each<[string, Change]>([
    ['a lifting goal', goals({ area: 'lifting', text: 'Lift my toddler' })],
    ['a sport goal about the gym', deadlift],
    ['a work goal about lifting', goals({ area: 'work', text: 'Lift boxes at the warehouse' })],
  ])('%s adds the hinge chain, 3 days a week, with effort and load targets', (_n, goal) => {
    const p = planOf(goal, lowPain, chronic);
    const hinge = p.exercises.find((e) => e.exerciseId === 'hip-hinge-dowel');
    expect(hinge?.frequency.daysPerWeek).toBe(3);
    const stages = hinge?.stages ?? [];
    expect(stages.map((s) => s.exerciseId)).toEqual([
      'hip-hinge-dowel',
      'romanian-deadlift',
      'floor-to-waist-lift',
    ]);
    expect(stages[0]?.effort).toEqual({ min: 5, max: 6 });
    expect(stages.at(-1)?.effort).toEqual({ min: 6, max: 8 });
    expect(stages.at(-1)?.loadIncreasePercentPerWeek).toEqual({ min: 2, max: 10 });
    expect(hinge?.evidence).toContain('acsm-dosing');
    expect(checkPlan(p, CATALOG)).toEqual([]);
  });

  it('flexion intolerant: the loaded bends wait until bending is tolerated, and say so', () => {
    const p = planOf(deadlift, lowPain, chronic);
    expect(p.context.tolerance).toBe('flexion-intolerant');
    const stages = p.exercises.find((e) => e.exerciseId === 'hip-hinge-dowel')?.stages ?? [];
    expect(stages[1]?.instruction).toMatch(/^Only once bending forward is comfortable/);
    expect(stages[0]?.instruction).not.toMatch(/Only once/);
  });

  it('knee osteoarthritis drops the floor lift (deep knee bend): the deadlift runs to week 12', () => {
    const p = planOf(deadlift, lowPain, chronic, comorbid('knee-osteoarthritis'));
    const stages = p.exercises.find((e) => e.exerciseId === 'hip-hinge-dowel')?.stages ?? [];
    expect(stages.map((s) => s.exerciseId)).not.toContain('floor-to-waist-lift');
    expect(stages.at(-1)).toMatchObject({ exerciseId: 'romanian-deadlift', toWeek: 12 });
  });

  it('acute, not function optimisation: the hinge chain waits for the review, with a note', () => {
    const p = planOf(deadlift);
    expect(ids(p)).not.toContain('hip-hinge-dowel');
    expect(p.clinicianNotes.join(' ')).toMatch(/start the hip-hinge chain/);
  });

  it('a walking goal with minutes sets the activity target (at most 60)', () => {
    expect(
      planOf(goals({ area: 'walking', text: 'Walk 45 minutes with the dog' })).activityGoal
        .targetMinutesPerDay,
    ).toBe(45);
    expect(
      planOf(goals({ area: 'walking', text: 'Walk 90 minutes' })).activityGoal.targetMinutesPerDay,
    ).toBe(60);
  });

  it('example 18 (deadlift goal, walks 40 minutes): hinge chain, walking held at 40', () => {
    const p = exampleOf('18-deadlift-goal-active-walker');
    expect(ids(p)).toContain('hip-hinge-dowel');
    expect(p.activityGoal.weeks.every((w) => w.minutesPerDay >= 40)).toBe(true);
  });
});

describe('rule 6: suspected stenosis', () => {
  it('flexion-bias work, interval walking with a forward lean in bouts from the tolerance, the lesson in week 1', () => {
    const p = planOf(stenosis, chronic, walkingTolerance(8), walking(20));
    expect(planned(p).some((e) => e.direction === 'flexion')).toBe(true);
    expect(p.activityGoal).toMatchObject({
      activity: 'walking',
      pattern: 'interval',
      forwardLean: true,
    });
    for (const w of p.activityGoal.weeks) expect(w.minutesPerDay / w.bouts).toBeLessThanOrEqual(8);
    expect(lessonWeek(p, 'lesson-spinal-stenosis')).toBe(1);
  });

  it('with a bike at hand: cycling', () => {
    const p = planOf(stenosis, chronic, equipment('stationary-bike', 'mat'));
    expect(p.activityGoal.activity).toBe('cycling');
  });

  it('flexion that peripheralises keeps flexion work out', () => {
    const p = planOf(stenosis, chronic, (a) => {
      a.examination.repeatedMovements = { flexion: 'peripheralises' };
    });
    expect(planned(p).some((e) => e.direction === 'flexion')).toBe(false);
  });

  it('example 17: interval walking with a forward lean', () => {
    const p = exampleOf('17-stenosis-forward-lean');
    expect(p.activityGoal).toMatchObject({ pattern: 'interval', forwardLean: true });
  });
});

describe('rule 7: the aerobic target starts from the measured baseline, never below it', () => {
  it.each([
    [5, 5, 30],
    [20, 20, 30],
    [40, 40, 40],
    [90, 90, 90],
  ])('baseline %i: starts at %i, target %i, no week below the baseline', (base, first, target) => {
    for (const extra of [[], [fearAvoidant]] as Change[][]) {
      const p = planOf(walking(base), ...extra);
      const a = p.activityGoal;
      expect(a.weeks[0]?.minutesPerDay).toBe(first);
      expect(a.targetMinutesPerDay).toBe(target);
      for (const w of a.weeks) expect(w.minutesPerDay).toBeGreaterThanOrEqual(base);
      const rises = a.weeks.at(-1)?.minutesPerDay !== a.weeks[0]?.minutesPerDay;
      expect(a.reasons.join(' ').includes('Rises')).toBe(rises);
    }
  });

  it('a walking tolerance shorter than the day splits it into bouts no longer than it', () => {
    const p = planOf(walking(30), walkingTolerance(12));
    expect(p.activityGoal.weeks[0]).toMatchObject({ minutesPerDay: 30, bouts: 3 });
    expect(p.activityGoal.pattern).toBe('interval');
  });
});

describe('rule 8: measurable goals and discharge criteria from the measures taken', () => {
  it('PSFS lowest activity +3, ODI by the review, walking by discharge', () => {
    const p = planOf(
      walking(20),
      psfs({ activity: 'Sitting through a film', rating: 5 }, { activity: 'Gardening', rating: 2 }),
      (a) => {
        a.questionnaires.odi = [3, 3, 3, 3, 2, 2, 2, 2, 2, 2];
      },
    );
    expect(p.goals.map((g) => [g.id, g.baseline, g.target, g.by])).toEqual([
      ['psfs:1', 2, 5, p.dischargeBy],
      ['odi', 48, 34, p.reviewDate],
      ['walking-minutes', 20, 30, p.dischargeBy],
    ]);
    expect(p.dischargeCriteria.join(' ')).toMatch(/PSFS activities at or near/);
  });

  it('RMDQ of 5 or more when no ODI: down 5 points or 30%', () => {
    const p = planOf(noQuestionnaires, (a) => {
      a.questionnaires = { rmdq: Array.from({ length: 24 }, (_, i) => (i < 12 ? 1 : 0)) };
    });
    expect(p.goals.find((g) => g.id === 'rmdq')).toMatchObject({ baseline: 12, target: 7 });
    expect(p.dischargeCriteria.join(' ')).toMatch(/RMDQ 5 points/);
  });

  it('nothing measured: criteria and notes schedule the baselines, no PSFS named as met', () => {
    const p = planOf(noQuestionnaires);
    expect(p.goals.length).toBeGreaterThanOrEqual(1);
    expect(p.goals.length).toBeLessThanOrEqual(3);
    expect(p.dischargeCriteria.join(' ')).not.toMatch(/goals are met \(PSFS/);
    expect(p.dischargeCriteria.join(' ')).toMatch(/Record the PSFS/);
    expect(p.clinicianNotes.filter((n) => n.startsWith('Take the baseline'))).toHaveLength(2);
  });

  it('rescoreGoals: the value now and whether each target is met', () => {
    const p = planOf(
      walking(20),
      psfs(
        { activity: 'Gardening', rating: 2 },
        { activity: 'Driving', rating: 6 },
        { activity: 'Sleep', rating: 5 },
      ),
    );
    const progress = rescoreGoals(p.goals, {
      odi: 10,
      psfs: [{ activity: 'gardening ', rating: 6 }],
    });
    expect(progress.map((g) => [g.goalId, g.current, g.met])).toEqual([
      ['psfs:0', 6, true],
      ['odi', 10, true],
      ['walking-minutes', null, null],
    ]);
    expect(progress[2]?.text).toMatch(/not re-measured yet/);
  });
});

describe('rule 9: graded exposure from a recorded hierarchy', () => {
  const list = hierarchy(
    { activity: 'Run for a bus', fear: 90 },
    { activity: 'Bend to the floor', fear: 30 },
    { activity: 'Carry shopping', fear: 60 },
  );

  it('lowest fear first, one step a week from week 1, the task staged by the steps', () => {
    const p = planOf(list, startHigh, chronic);
    expect(p.gradedExposure?.steps).toEqual([
      { activity: 'Bend to the floor', fear: 30, week: 1 },
      { activity: 'Carry shopping', fear: 60, week: 2 },
      { activity: 'Run for a bus', fear: 90, week: 3 },
    ]);
    const task = p.exercises.find((e) => e.exerciseId === 'graded-exposure-task');
    expect(task?.dose).toEqual(exercise('graded-exposure-task').dose);
    expect(task?.stages.map((s) => [s.fromWeek, s.toWeek])).toEqual([
      [1, 1],
      [2, 2],
      [3, 12],
    ]);
    expect(checkPlan(p, CATALOG)).toEqual([]);
  });

  it('psychologically informed without a hierarchy: a note, and the task waits', () => {
    const p = planOf(startHigh, chronic);
    expect(ids(p)).not.toContain('graded-exposure-task');
    expect(p.gradedExposure).toBeNull();
    expect(p.clinicianNotes.join(' ')).toMatch(/Record 3-6 activities the patient fears/);
  });

  it('the set-fear-hierarchy edit adds the task, schedules the steps and clears the note', () => {
    const p = planOf(startHigh, chronic);
    const r = validatePlanEdit(
      p,
      [
        {
          kind: 'set-fear-hierarchy',
          hierarchy: [
            { activity: ' Lift a bag ', fear: 50 },
            { activity: 'Bend', fear: 20 },
            { activity: 'Jog', fear: 80 },
          ],
        },
      ],
      CATALOG,
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.plan.gradedExposure?.steps.map((s) => s.activity)).toEqual([
      'Bend',
      'Lift a bag',
      'Jog',
    ]);
    expect(ids(r.value.plan)).toContain('graded-exposure-task');
    expect(r.value.plan.clinicianNotes.join(' ')).not.toMatch(/Record 3-6/);
    expect(r.value.warnings.filter((w) => w.code !== 'over-budget')).toEqual([]);
  });

  it.each([
    [
      [
        { activity: 'a', fear: 1 },
        { activity: 'b', fear: 2 },
      ],
      'edits.0.hierarchy',
    ],
    [
      [
        { activity: 'a', fear: 1 },
        { activity: 'b', fear: 101 },
        { activity: 'c', fear: 3 },
      ],
      'edits.0.hierarchy.1.fear',
    ],
    [
      [
        { activity: ' ', fear: 1 },
        { activity: 'b', fear: 2 },
        { activity: 'c', fear: 3 },
      ],
      'edits.0.hierarchy.0.activity',
    ],
  ])('rejects the hierarchy %j at %s', (h, path) => {
    const r = validatePlanEdit(planOf(), [{ kind: 'set-fear-hierarchy', hierarchy: h }], CATALOG);
    expect(!r.ok && r.error).toMatchObject({ kind: 'invalid-hierarchy', path });
  });

  it('a hierarchy recorded later starts in the week given, never past the last week', () => {
    const hierarchy = [
      { activity: 'Bend', fear: 20 },
      { activity: 'Lift a bag', fear: 50 },
      { activity: 'Jog', fear: 80 },
    ];
    const weeks = (fromWeek: number) => {
      const r = validatePlanEdit(
        planOf(startHigh, chronic),
        [{ kind: 'set-fear-hierarchy', hierarchy, fromWeek }],
        CATALOG,
      );
      if (!r.ok) throw new Error(r.error.message);
      return r.value.plan.gradedExposure?.steps.map((s) => s.week);
    };
    expect(weeks(5)).toEqual([5, 6, 7]);
    expect(weeks(11)).toEqual([11, 12, 12]);
    const bad = validatePlanEdit(
      planOf(),
      [{ kind: 'set-fear-hierarchy', hierarchy, fromWeek: 0 }],
      CATALOG,
    );
    expect(!bad.ok && bad.error).toMatchObject({ path: 'edits.0.fromWeek' });
  });

  it('example 19: four steps, lowest fear first', () => {
    const p = exampleOf('19-high-risk-anxious-fear-hierarchy');
    const fears = p.gradedExposure?.steps.map((s) => s.fear) ?? [];
    expect(fears).toEqual([...fears].sort((a, b) => a - b));
    expect(ids(p)).toContain('graded-exposure-task');
  });
});

describe('rule 10: relaxation early for high distress', () => {
  it.each<[string, Change[], number | undefined]>([
    ['STarT high', [startHigh, chronic], 1],
    ['fear-avoidant with anxiety', [fearAvoidant, comorbid('anxiety'), chronic], 1],
    ['fear-avoidant with depression', [fearAvoidant, comorbid('depression'), chronic], 1],
    ['fear-avoidant, not distressed', [fearAvoidant, chronic], 3],
    ['not psychologically informed', [chronic], undefined],
  ])('%s: relaxation lesson in week %s', (_n, changes, week) => {
    expect(lessonWeek(planOf(...changes), 'lesson-relaxation')).toBe(week);
  });

  it('example 19 (high risk, anxious): relaxation lesson in week 1, relaxation practice planned', () => {
    const p = exampleOf('19-high-risk-anxious-fear-hierarchy');
    expect(lessonWeek(p, 'lesson-relaxation')).toBe(1);
    expect(ids(p)).toContain('relaxation-breathing');
  });
});

describe('rule 11: answers to the patient’s requests', () => {
  it.each<[TreatmentRequest, string | null, RegExp]>([
    ['bed-rest', 'lesson-bed-rest', /not advised/],
    ['brace', 'lesson-back-supports', /not offered \(nice-ng59, who-2023\)/],
    ['imaging', 'lesson-imaging', /not offered without a red flag/],
    ['ultrasound', 'lesson-passive-treatments', /not offered/],
    ['tens', 'lesson-passive-treatments', /not offered/],
    ['traction', 'lesson-passive-treatments', /not offered/],
    ['foot-orthotics', 'lesson-passive-treatments', /not offered/],
    ['manipulation', null, /only alongside exercise/],
    ['massage', null, /only alongside exercise/],
    ['acupuncture', null, /contested/],
    ['heat', null, /acp-2017/],
    ['injection', null, /discuss with the GP/],
    ['surgery', null, /discuss with the GP/],
    ['pain-medication', null, /discuss with the GP/],
  ])('%s: lesson %s', (request, lessonId, message) => {
    const p = planOf(requests(request), chronic);
    expect(p.requests).toEqual([
      {
        request,
        lessonId,
        message: expect.stringMatching(message) as unknown,
        evidence: REQUEST_ANSWERS[request].evidence,
      },
    ]);
    if (lessonId !== null) {
      const lesson = p.lessons.find((l) => l.lessonId === lessonId);
      expect(lesson?.week).toBe(1);
      expect(lesson?.reasons.join(' ')).toMatch(/The patient asked for/);
    }
    expect(p.clinicianNotes.includes(p.requests[0]?.message ?? '')).toBe(
      REQUEST_ANSWERS[request].discuss,
    );
  });

  it('example 20 (brace, bed rest, imaging): three lessons in week 1', () => {
    const p = exampleOf('20-requests-brace-and-bed-rest');
    for (const id of ['lesson-back-supports', 'lesson-bed-rest', 'lesson-imaging'])
      expect(lessonWeek(p, id)).toBe(1);
  });
});

describe('upgradePlan', () => {
  it('gives a plan stored before issue 14 the empty defaults', () => {
    const p = planOf(repeated_extension);
    // The plan as stored before issue 14: none of its new fields.
    const stored = JSON.parse(JSON.stringify(p)) as {
      exercises: Record<string, unknown>[];
      activityGoal: Record<string, unknown>;
    } & Record<string, unknown>;
    delete stored.goals;
    delete stored.focus;
    delete stored.gradedExposure;
    delete stored.requests;
    delete stored.clinicianNotes;
    for (const e of stored.exercises) {
      delete e.stages;
      delete e.centre;
    }
    delete stored.activityGoal.targetMinutesPerDay;
    delete stored.activityGoal.pattern;
    delete stored.activityGoal.forwardLean;
    const up = upgradePlan(stored);
    expect(up).toMatchObject({
      goals: [],
      focus: null,
      gradedExposure: null,
      requests: [],
      clinicianNotes: [],
    });
    expect(up.exercises.every((e) => e.stages.length === 0 && !e.centre)).toBe(true);
    expect(up.activityGoal).toMatchObject({
      pattern: 'continuous',
      forwardLean: false,
      targetMinutesPerDay: 30,
    });
  });

  it('leaves a current plan as it is', () => {
    const p = planOf(repeated_extension);
    expect(upgradePlan(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });
});

function repeated_extension(a: Draft) {
  a.examination.repeatedMovements = { extension: 'centralises' };
}
