import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTION_IDS } from './questions.js';
import { rescreen } from './rescreen.js';
import { screenRedFlags } from './screen.js';
import { findingLevelRank, triageRank } from './triage.js';
import type { RedFlagQuestionId, ScreenInput } from './types.js';

const EMERGENCY_ANSWERS = [
  'saddle-numbness',
  'bladder-change',
  'bowel-change',
  'sexual-dysfunction',
  'bilateral-leg-symptoms',
  'progressive-leg-weakness',
  'fever',
  'systemically-unwell',
] as const satisfies readonly RedFlagQuestionId[];

const questionId = fc.constantFrom(...RED_FLAG_QUESTION_IDS);
const count = fc.oneof(fc.integer({ min: 0, max: 110 }), fc.double(), fc.anything());

/** Screen-shaped inputs whose values may be well-formed or garbage. */
const input: fc.Arbitrary<ScreenInput> = fc
  .record({
    answers: fc.dictionary(questionId, fc.oneof(fc.boolean(), fc.anything())),
    context: fc.record({
      age: count,
      ageAtOnset: count,
      symptomDurationDays: count,
      firstEpisode: fc.oneof(fc.boolean(), fc.anything()),
    }),
  })
  .map((x) => x as unknown as ScreenInput);

describe('screenRedFlags properties', () => {
  it('never throws, whatever it is handed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), input), (anything) => {
        const result = screenRedFlags(anything as ScreenInput);
        expect(['emergency', 'urgent', 'routine-referral', 'clear']).toContain(result.triage);
        expect(result.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('is an emergency whenever an emergency-tier answer is yes', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...EMERGENCY_ANSWERS), (base, id) => {
        const answers = { ...base.answers, [id]: true };
        expect(screenRedFlags({ ...base, answers }).triage).toBe('emergency');
      }),
    );
  });

  it('is never less urgent than any finding', () => {
    fc.assert(
      fc.property(input, (x) => {
        const result = screenRedFlags(x);
        for (const f of result.findings) {
          expect(triageRank(result.triage)).toBeGreaterThanOrEqual(findingLevelRank(f.level));
        }
      }),
    );
  });

  it('never becomes less urgent when another answer turns yes', () => {
    fc.assert(
      fc.property(input, questionId, (x, id) => {
        const more = screenRedFlags({ ...x, answers: { ...x.answers, [id]: true } });
        expect(triageRank(more.triage)).toBeGreaterThanOrEqual(
          triageRank(screenRedFlags(x).triage),
        );
      }),
    );
  });

  it('lists as unanswered exactly the questions without a boolean answer', () => {
    fc.assert(
      fc.property(input, (x) => {
        const unanswered = RED_FLAG_QUESTION_IDS.filter((id) => typeof x.answers[id] !== 'boolean');
        expect(screenRedFlags(x).unanswered).toEqual(unanswered);
      }),
    );
  });

  it('a journal rescreen never lowers the triage', () => {
    const symptoms = fc.array(fc.oneof(fc.string(), fc.constantFrom('fever', 'night-pain')));
    fc.assert(
      fc.property(input, symptoms, (x, ids) => {
        const { result } = rescreen({ baseline: x, symptoms: ids });
        expect(triageRank(result.triage)).toBeGreaterThanOrEqual(
          triageRank(screenRedFlags(x).triage),
        );
      }),
    );
  });
});
