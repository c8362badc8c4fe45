import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/schema.js';
import type { InstrumentId } from '../instruments/types.js';
import {
  assessmentOutcomes,
  QUESTIONNAIRE_SCHEDULE,
  questionnairesDue,
  type DueReason,
  type RepeatedOutcome,
} from './questionnaires-due.js';

/** The plan starts on a Monday; day n of the plan is `day(n)`. */
const START = '2026-11-02';
const day = (n: number) =>
  new Date(Date.parse(`${START}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('questionnaires due (every 2 weeks from the start, and the week-4 review) [design]', () => {
  // asOf day, answer days, expected: [reason, due-since day] or null, next due day when not due.
  const cases: readonly [
    name: string,
    asOf: number,
    answers: readonly number[],
    due: readonly [DueReason, number] | null,
    next: number | null,
  ][] = [
    ['nothing before the first two weeks', 13, [0], null, 14],
    ['due on day 14 after the baseline only', 14, [0], ['interval', 14], null],
    ['still due later when not answered', 20, [0], ['interval', 14], null],
    ['never answered at all: due from day 14', 15, [], ['interval', 14], null],
    ['answered on day 14: not due until day 28', 20, [0, 14], null, 28],
    ['answered 6 days before day 14: counts for it', 14, [0, 8], null, 28],
    ['answered 8 days before day 14: does not count', 14, [0, 6], ['interval', 14], null],
    ['the week-4 review on day 28', 28, [0, 14], ['review', 28], null],
    ['the review stays due until answered', 33, [0, 14], ['review', 28], null],
    ['answered within the last 7 days: not due', 30, [0, 14, 27], null, 42],
    ['answered 7 days before the review: counts', 28, [0, 21], null, 42],
    ['after the review, every 2 weeks again', 42, [0, 14, 28], ['interval', 42], null],
    ['a missed review gives way to the next due date', 44, [0, 14], ['interval', 42], null],
    ['answered today, ahead of the next due date', 37, [0, 14, 28, 37], null, 56],
    ['before the plan starts', -3, [], null, 14],
  ];

  it.each(cases)('%s', (_name, asOf, answers, due, next) => {
    const result = questionnairesDue({
      planStart: START,
      instruments: ['odi'],
      answeredOn: { odi: answers.map(day) },
      asOf: day(asOf),
    });
    expect(result.due.map((d) => [d.reason, d.dueSince])).toEqual(
      due === null ? [] : [[due[0], day(due[1])]],
    );
    expect(result.nextOn).toBe(next === null ? null : day(next));
  });

  it('judges each instrument on its own answers, in a fixed order, and ignores screening tools', () => {
    const result = questionnairesDue({
      planStart: START,
      instruments: ['startback', 'odi', 'fabq', 'nprs', 'psfs'],
      answeredOn: { nprs: [day(0), day(15)], odi: [day(0)], startback: [day(0)] },
      asOf: day(16),
    });
    expect(result.due.map((d) => [d.instrument, d.lastAnsweredOn])).toEqual([
      ['odi', day(0)],
      ['psfs', null],
    ]);
    expect(result.nextOn).toBe(day(28));
  });

  it('cites its evidence and says why in words a clinician can check', () => {
    const [review] = questionnairesDue({
      planStart: START,
      instruments: ['odi'],
      answeredOn: { odi: [day(0), day(14)] },
      asOf: day(29),
    }).due;
    expect(review?.evidence).toEqual(['ostelo-2008', 'fairbank-2000', 'startback-2011']);
    expect(review?.reasons[0]).toMatch(/week-4 review/);
    const [interval] = questionnairesDue({
      planStart: START,
      instruments: ['nprs'],
      answeredOn: {},
      asOf: day(14),
    }).due;
    expect(interval?.evidence).toEqual(['ostelo-2008']);
    expect(interval?.reasons.join(' ')).toMatch(/every 14 days \[design\].*never answered/);
  });

  it('takes a clinic’s own schedule, and nothing from dates that are not dates', () => {
    const weekly = { ...QUESTIONNAIRE_SCHEDULE, everyDays: 7, recentDays: 3 };
    const input = { planStart: START, instruments: ['nprs'] as InstrumentId[], asOf: day(7) };
    expect(questionnairesDue({ ...input, answeredOn: {} }, weekly).due).toHaveLength(1);
    expect(questionnairesDue({ ...input, answeredOn: { nprs: [day(4)] } }, weekly).due).toEqual([]);
    expect(
      questionnairesDue({ ...input, answeredOn: { nprs: ['soon'] } }, weekly).due,
    ).toHaveLength(1);
    expect(questionnairesDue({ ...input, planStart: '2026-02-30', answeredOn: {} })).toEqual({
      due: [],
      nextOn: null,
    });
  });
});

describe('the repeated outcomes of an assessment', () => {
  const psfs = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ activity: `Activity ${i}`, rating: 5 }));
  const cases: [string, Assessment['questionnaires'], RepeatedOutcome[], number][] = [
    ['pain only', {}, ['nprs'], 0],
    ['ODI and screening tools', { odi: [], startback: [], fabq: [] }, ['nprs', 'odi'], 0],
    ['RMDQ', { rmdq: [] }, ['nprs', 'rmdq'], 0],
    [
      'ODI, RMDQ and PSFS',
      { odi: [], rmdq: [], psfs: psfs(3) },
      ['nprs', 'odi', 'rmdq', 'psfs'],
      3,
    ],
    ['PSFS with too few activities to score', { psfs: psfs(2) }, ['nprs'], 0],
    ['PSFS with too many activities to score', { psfs: psfs(6) }, ['nprs'], 0],
  ];
  it.each(cases)('%s', (_name, questionnaires, instruments, activities) => {
    const outcomes = assessmentOutcomes({ questionnaires });
    expect(outcomes.instruments).toEqual(instruments);
    expect(outcomes.psfsActivities).toHaveLength(activities);
  });
});
