import { anyAssessmentSchema, assessmentSchema, type Assessment } from '@backplan/core';
import { describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from './draft';
import { fearFlagged } from './fear-flag';
import { startFrom } from './from-assessment';
import { toAssessmentInput } from './to-body';

const TODAY = '2026-11-02';

/** The least a therapist fills in for the schema to accept the form. */
function filled(change: (d: Draft) => Draft = (d) => d): Draft {
  const d = emptyDraft(TODAY);
  return change({
    ...d,
    patient: { ...d.patient, age: '46', sex: 'female' },
    history: { ...d.history, onsetDate: '2026-10-20', previousEpisodes: '1' },
    symptoms: { ...d.symptoms, extent: 'back-only', side: 'central', pattern: 'intermittent' },
    pain: { now: '5', worst24h: '' },
    included: [],
    minutesPerDay: '30',
  });
}

/** Every field issue 14 added, as a therapist would type them. */
const withNewFields = (d: Draft): Draft => ({
  ...d,
  history: {
    ...d.history,
    comorbidities: ['pregnancy', 'knee-pain'],
    ageAtFirstOnset: '22',
    fallsInLastYear: '1',
    pregnancyTrimester: '2',
  },
  examination: { ...d.examination, temperatureCelsius: '37,1', legWeakness: 'yes' },
  measures: { ...d.measures, walkingToleranceMinutes: '8' },
  expectations: { requests: ['brace', 'bed-rest'], outlook: 'unsure', notes: ' Back to work ' },
  fearHierarchy: [
    { activity: ' Lift the laundry basket ', fear: '70' },
    { activity: 'Bend to tie shoes', fear: '30' },
    { activity: 'Run for the bus', fear: '90' },
  ],
});

describe('toAssessmentInput: the new fields of schema version 2', () => {
  it('sends every new field, typed, and the schema accepts the body', () => {
    const body = toAssessmentInput(filled(withNewFields));
    expect(body).toMatchObject({
      schemaVersion: 2,
      history: {
        comorbidities: ['pregnancy', 'knee-pain'],
        ageAtFirstOnset: 22,
        fallsInLastYear: 1,
        pregnancyTrimester: 2,
      },
      examination: { temperatureCelsius: 37.1, legWeakness: true },
      measures: { walkingToleranceMinutes: 8 },
      expectations: { requests: ['brace', 'bed-rest'], outlook: 'unsure', notes: 'Back to work' },
      fearHierarchy: [
        { activity: 'Lift the laundry basket', fear: 70 },
        { activity: 'Bend to tie shoes', fear: 30 },
        { activity: 'Run for the bus', fear: 90 },
      ],
    });
    const parsed = assessmentSchema.safeParse(body);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('leaves them all out when nothing new is recorded (the common intake)', () => {
    const body = toAssessmentInput(filled());
    const history = body.history as Record<string, unknown>;
    for (const key of ['ageAtFirstOnset', 'fallsInLastYear', 'pregnancyTrimester']) {
      expect(history).not.toHaveProperty(key);
    }
    expect(body).not.toHaveProperty('expectations');
    expect(body).not.toHaveProperty('fearHierarchy');
    expect(body.examination).toEqual({ repeatedMovements: {} });
    expect(assessmentSchema.safeParse(body).success).toBe(true);
  });

  it('drops the trimester once pregnancy is unticked, so the schema does not refuse it', () => {
    const body = toAssessmentInput(
      filled((d) => ({
        ...d,
        history: { ...d.history, comorbidities: ['osteoporosis'], pregnancyTrimester: '3' },
      })),
    );
    expect(body.history).not.toHaveProperty('pregnancyTrimester');
    expect(assessmentSchema.safeParse(body).success).toBe(true);
  });

  it('sends a started list of feared activities whole, so a problem names its row', () => {
    const body = toAssessmentInput(
      filled((d) => ({
        ...d,
        fearHierarchy: [
          { activity: 'Garden', fear: '20' },
          { activity: '', fear: '' },
          { activity: 'Vacuum', fear: '150' },
        ],
      })),
    );
    expect(body.fearHierarchy).toEqual([
      { activity: 'Garden', fear: 20 },
      { activity: '', fear: null },
      { activity: 'Vacuum', fear: 150 },
    ]);
    const paths = (assessmentSchema.safeParse(body).error?.issues ?? []).map((i) =>
      i.path.join('.'),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'fearHierarchy.1.activity',
        'fearHierarchy.1.fear',
        'fearHierarchy.2.fear',
      ]),
    );
  });

  it('leaves an untouched list of blank rows out, as if never started', () => {
    const body = toAssessmentInput(
      filled((d) => ({ ...d, fearHierarchy: [{ activity: ' ', fear: '' }] })),
    );
    expect(body).not.toHaveProperty('fearHierarchy');
  });
});

describe('startFrom: a re-assessment carries the new stable facts over', () => {
  const previous = (): Assessment => {
    const parsed = assessmentSchema.safeParse(toAssessmentInput(filled(withNewFields)));
    if (!parsed.success) throw new Error(parsed.error.message);
    return parsed.data;
  };

  it('round-trips conditions, falls, first onset, trimester, requests and feared activities', () => {
    const before = previous();
    const after = assessmentSchema.parse(
      toAssessmentInput(
        startFrom(
          before,
          filled((d) => ({ ...d, history: { ...d.history, comorbidities: [] } })),
        ),
      ),
    );
    expect(after.history).toMatchObject({
      comorbidities: before.history.comorbidities,
      ageAtFirstOnset: 22,
      fallsInLastYear: 1,
      pregnancyTrimester: 2,
    });
    expect(after.expectations).toEqual(before.expectations);
    expect(after.fearHierarchy).toEqual(before.fearHierarchy);
    // Measured afresh each time: the examination and the measures are not carried over.
    expect(after.examination.temperatureCelsius).toBeUndefined();
    expect(after.examination.legWeakness).toBeUndefined();
    expect(after.measures.walkingToleranceMinutes).toBeUndefined();
  });

  it('starts from a version 1 assessment (migrated on read) with the new fields empty', () => {
    const v1 = anyAssessmentSchema.parse({
      ...toAssessmentInput(filled()),
      schemaVersion: 1,
    });
    const draft = startFrom(v1, emptyDraft(TODAY));
    expect(draft.history).toMatchObject({
      ageAtFirstOnset: '',
      fallsInLastYear: '',
      pregnancyTrimester: '',
    });
    expect(draft.expectations).toEqual({ requests: [], outlook: '', notes: '' });
    expect(draft.fearHierarchy).toEqual([]);
  });
});

describe('fearFlagged: the feared-activities list opens for flagged patients', () => {
  const answers = (d: Draft, id: 'startback' | 'fabq', value: number): Draft => ({
    ...d,
    included: [...d.included, id],
    answers: { ...d.answers, [id]: d.answers[id].map(() => value) },
  });

  it.each([
    ['no questionnaire', (d: Draft) => d, false],
    ['STarT Back all disagree (low risk)', (d: Draft) => answers(d, 'startback', 0), false],
    ['STarT Back all agree (high risk)', (d: Draft) => answers(d, 'startback', 1), true],
    ['FABQ all 6 (high fear-avoidance)', (d: Draft) => answers(d, 'fabq', 6), true],
    ['FABQ all 0', (d: Draft) => answers(d, 'fabq', 0), false],
  ])('%s -> %s', (_name, change, expected) => {
    expect(fearFlagged(change(emptyDraft(TODAY)))).toBe(expected);
  });
});
