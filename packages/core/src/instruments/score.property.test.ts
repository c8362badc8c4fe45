import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyContentPack } from './content-pack.js';
import { importantChange } from './important-change.js';
import { INSTRUMENT_IDS, INSTRUMENTS } from './registry.js';
import { scoreInstrument } from './score.js';
import type { Answer, InstrumentDefinition } from './types.js';

const ALL = INSTRUMENT_IDS.map((id) => [id, INSTRUMENTS[id]] as const);

/** Answers that are valid option indexes (or null) for every item of the definition. */
function validAnswers(d: InstrumentDefinition, nullable: boolean): fc.Arbitrary<Answer[]> {
  const { min } = d.scoring.itemCount;
  return fc.tuple(
    ...d.items.slice(0, min).map((item) => {
      const index = fc.integer({ min: 0, max: item.options.length - 1 });
      return nullable ? fc.option(index, { nil: null }) : index;
    }),
  );
}

describe.each(ALL)('%s never throws', (_, definition) => {
  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (input) => {
        expect(typeof scoreInstrument(definition, input).ok).toBe('boolean');
      }),
    );
  });

  it('on lists of integers, nulls and doubles, and stays in range when ok', () => {
    const answer = fc.oneof(
      fc.integer({ min: -3, max: 12 }),
      fc.constant(null),
      fc.double(),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 30 }), (answers) => {
        const outcome = scoreInstrument(definition, answers);
        if (outcome.ok) {
          expect(outcome.value.score).toBeGreaterThanOrEqual(definition.range.min);
          expect(outcome.value.score).toBeLessThanOrEqual(definition.range.max);
        } else {
          expect(outcome.error.message).toMatch(/\.$/);
        }
      }),
    );
  });

  it('scores the same with a content pack applied', () => {
    const items = Object.fromEntries(
      definition.items.map((item) => [
        item.id,
        { text: `Official ${item.id}`, options: item.options.map((_o, i) => `Option ${i}`) },
      ]),
    );
    const pack = { instrument: definition.id, language: 'en', source: 'test', items };
    const localised = applyContentPack(definition, pack);
    if (!localised.ok) throw new Error('pack rejected');
    fc.assert(
      fc.property(validAnswers(definition, true), (answers) => {
        expect(scoreInstrument(localised.value, answers)).toEqual(
          scoreInstrument(definition, answers),
        );
      }),
    );
  });

  it('applyContentPack never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (input) => {
        expect(typeof applyContentPack(definition, input).ok).toBe('boolean');
      }),
    );
  });
});

describe('scoring properties', () => {
  it('keeps ODI within 0-100 on one decimal, with a band, whenever it scores', () => {
    fc.assert(
      fc.property(validAnswers(INSTRUMENTS.odi, true), (answers) => {
        const outcome = scoreInstrument(INSTRUMENTS.odi, answers);
        const skipped = answers.filter((a) => a === null).length;
        expect(outcome.ok).toBe(skipped <= 2);
        if (!outcome.ok) return;
        expect(outcome.value.score).toBeGreaterThanOrEqual(0);
        expect(outcome.value.score).toBeLessThanOrEqual(100);
        expect(Math.round(outcome.value.score * 10) / 10).toBe(outcome.value.score);
        expect(outcome.value.band).toBeDefined();
      }),
    );
  });

  it('gives the STarT Back risk the cut-offs give, computed independently', () => {
    fc.assert(
      fc.property(validAnswers(INSTRUMENTS.startback, false), (answers) => {
        const scores = answers.map((a, i) => (i === 8 ? (Number(a) >= 3 ? 1 : 0) : Number(a)));
        const total = scores.reduce((sum, s) => sum + s, 0);
        const sub = scores.slice(4).reduce((sum, s) => sum + s, 0);
        const expected = total <= 3 ? 'low' : sub >= 4 ? 'high' : 'medium';
        const outcome = scoreInstrument(INSTRUMENTS.startback, answers);
        if (!outcome.ok) throw new Error(outcome.error.message);
        expect(outcome.value).toMatchObject({ total, risk: expected });
        expect(outcome.value.subscales.psychosocial).toBe(sub);
      }),
    );
  });

  it('keeps the PSFS mean within 0-10 on one decimal', () => {
    const rating = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(fc.array(rating, { minLength: 3, maxLength: 5 }), (answers) => {
        const outcome = scoreInstrument(INSTRUMENTS.psfs, answers);
        if (!outcome.ok) throw new Error(outcome.error.message);
        const mean = answers.reduce((a, b) => a + b, 0) / answers.length;
        expect(Math.abs(outcome.value.score - mean)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});

describe('importantChange properties', () => {
  it.each(ALL)('%s never throws on arbitrary doubles', (_, definition) => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (baseline, followUp) => {
        const outcome = importantChange(definition, baseline, followUp);
        if (outcome.ok && outcome.value.change === 0) {
          expect(outcome.value.verdict).toBe('no-important-change');
        }
      }),
    );
  });

  it.each(ALL.filter(([, d]) => d.importantChange !== undefined))(
    '%s judges any in-range pair and calls improvement by direction',
    (_, definition) => {
      const score = fc.double({
        min: definition.range.min,
        max: definition.range.max,
        noNaN: true,
      });
      fc.assert(
        fc.property(score, score, (baseline, followUp) => {
          const outcome = importantChange(definition, baseline, followUp);
          if (!outcome.ok) throw new Error(outcome.error.message);
          const better = definition.higherIsBetter ? followUp > baseline : followUp < baseline;
          if (outcome.value.verdict === 'important-improvement') expect(better).toBe(true);
          if (outcome.value.verdict === 'important-worsening') expect(better).toBe(false);
        }),
      );
    },
  );
});
