import { describe, expect, expectTypeOf, it } from 'vitest';
import { isEvidenceId } from '../evidence.js';
import { FACT_LABELS } from './fact-labels.js';
import { RED_FLAGS } from './flags.js';
import { JOURNAL_RED_FLAG_SYMPTOMS, RED_FLAG_QUESTIONS } from './questions.js';
import { findingLevelRank } from './triage.js';
import type {
  Condition,
  DerivedFactId,
  FactId,
  RedFlagDefinition,
  RedFlagId,
  RedFlagQuestionId,
} from './types.js';

// The compile-time check in the first test pins these to the `RedFlagQuestionId` union.
const QUESTION_IDS: readonly RedFlagQuestionId[] = RED_FLAG_QUESTIONS.map((q) => q.id);
// Keyed by the union, so a derived fact added to types.ts but not here fails to compile.
const DERIVED_IDS = Object.keys({
  'age-over-70': 1,
  'age-over-50-new-pain': 1,
  'onset-before-35': 1,
  'onset-before-45-lasting-over-3-months': 1,
  'measured-fever': 1,
} satisfies Record<DerivedFactId, 1>) as DerivedFactId[];

const FLAGS: readonly RedFlagDefinition[] = RED_FLAGS;

function factsOf(condition: Condition): FactId[] {
  if ('fact' in condition) return [condition.fact];
  if ('any' in condition) return condition.any.flatMap(factsOf);
  if ('all' in condition) return condition.all.flatMap(factsOf);
  return [...condition.of];
}

describe('red-flag questions', () => {
  it('has every question id exactly once', () => {
    expectTypeOf<(typeof RED_FLAG_QUESTIONS)[number]['id']>().toEqualTypeOf<RedFlagQuestionId>();
    expect(new Set(QUESTION_IDS).size).toBe(QUESTION_IDS.length);
    expect(QUESTION_IDS).toHaveLength(32);
  });

  it.each(RED_FLAG_QUESTIONS)('$id: has its own clinician and patient wording', (q) => {
    expect(q.text.length).toBeGreaterThan(10);
    expect(q.patientText.length).toBeGreaterThan(10);
    expect(q.patientText).not.toBe(q.text);
  });

  it('frames every cauda equina question as new or worsening in the last 14 days', () => {
    for (const q of RED_FLAG_QUESTIONS.filter((x) => x.flags.some((f) => f === 'cauda-equina'))) {
      expect(q.text).toMatch(/14 days/);
      expect(q.patientText).toMatch(/^In the last 2 weeks/);
    }
  });

  it('lists for each question exactly the flags whose tiers use it', () => {
    for (const q of RED_FLAG_QUESTIONS) {
      const using = FLAGS.filter((f) => f.tiers.some((t) => factsOf(t.when).includes(q.id)));
      expect(using.map((f) => f.id).toSorted(), q.id).toEqual([...q.flags].toSorted());
    }
  });

  it('labels every fact for the reasons', () => {
    expect(Object.keys(FACT_LABELS).toSorted()).toEqual(
      [...QUESTION_IDS, ...DERIVED_IDS].toSorted(),
    );
  });
});

describe('red-flag definitions', () => {
  it('has one definition per flag', () => {
    const ids: RedFlagId[] = [
      'cauda-equina',
      'cord-compression-cancer',
      'malignancy',
      'fracture',
      'infection',
      'axial-spondyloarthritis',
    ];
    expect(FLAGS.map((f) => f.id)).toEqual(ids);
  });

  it('refers only to facts that are asked or derived', () => {
    const known = new Set<string>([...QUESTION_IDS, ...DERIVED_IDS]);
    const used = FLAGS.flatMap((f) => f.tiers.flatMap((t) => factsOf(t.when)));
    expect(used.filter((fact) => !known.has(fact))).toEqual([]);
  });

  it.each(FLAGS)('$id: cites known evidence, including finucane-2020 and nice-ng59', (flag) => {
    expect(flag.evidence.every((id) => isEvidenceId(id))).toBe(true);
    expect(flag.evidence).toEqual(expect.arrayContaining(['finucane-2020', 'nice-ng59']));
  });

  it.each(FLAGS)('$id: tiers run most urgent first, patient text exactly where needed', (flag) => {
    const ranks = flag.tiers.map((t) => findingLevelRank(t.level));
    expect(ranks).toEqual(ranks.toSorted((a, b) => b - a));
    for (const tier of flag.tiers) {
      const needsPatientText = tier.level === 'emergency' || tier.level === 'urgent';
      expect(tier.patientAction !== undefined, tier.action).toBe(needsPatientText);
      if (tier.level === 'emergency')
        expect(tier.patientAction).toMatch(/emergency department now/);
    }
  });
});

describe('journal red-flag symptoms', () => {
  it('answers the questions red-flags.md lists for each reportable symptom', () => {
    const mapping = Object.fromEntries(JOURNAL_RED_FLAG_SYMPTOMS.map((s) => [s.id, s.answersYes]));
    expect(mapping).toEqual({
      'saddle-numbness': ['saddle-numbness'],
      'bladder-change': ['bladder-change'],
      'bowel-change': ['bowel-change'],
      'weakness-both-legs': ['bilateral-leg-symptoms', 'progressive-leg-weakness'],
      fever: ['fever'],
      'unexplained-weight-loss': ['unexplained-weight-loss'],
      'night-pain': ['night-pain-stops-sleep'],
    });
    for (const s of JOURNAL_RED_FLAG_SYMPTOMS) expect(s.patientLabel.length).toBeGreaterThan(5);
  });
});
