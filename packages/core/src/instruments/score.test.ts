import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './registry.js';
import { scoreById, scoreInstrument } from './score.js';
import { BOTHER, okValue } from './test-helpers.js';
import type { Answer, InstrumentId } from './types.js';

const yes = (count: number, of: number): Answer[] =>
  Array.from({ length: of }, (_, i) => (i < count ? 1 : 0));

describe('scoring vectors from instruments.md', () => {
  it.each([
    ['ODI all ten answered', 'odi', [3, 2, 3, 2, 1, 2, 1, 0, 1, 1], 32.0, 'moderate'],
    ['ODI nine answered summing to 16', 'odi', [3, 2, 3, 2, 1, 2, 1, 0, 2, null], 35.6, 'moderate'],
    [
      'ODI eight answered summing to 16',
      'odi',
      [3, 2, 3, null, 1, 2, 2, 1, 2, null],
      40.0,
      'moderate',
    ],
    ['ODI all zero', 'odi', Array<Answer>(10).fill(0), 0, 'minimal'],
    ['ODI all five', 'odi', Array<Answer>(10).fill(5), 100, 'bed-bound'],
    ['NPRS 0', 'nprs', [0], 0, 'none'],
    ['NPRS 3', 'nprs', [3], 3, 'mild'],
    ['NPRS 4', 'nprs', [4], 4, 'moderate'],
    ['NPRS 7', 'nprs', [7], 7, 'severe'],
    ['NPRS 10', 'nprs', [10], 10, 'severe'],
    ['RMDQ 14 yes', 'rmdq', yes(14, 24), 14, undefined],
    ['RMDQ none', 'rmdq', yes(0, 24), 0, undefined],
    ['PSEQ 40', 'pseq', Array<Answer>(10).fill(4), 40, 'mild'],
    ['PSEQ 48', 'pseq', [6, 6, 6, 6, 6, 6, 6, 6, 0, 0], 48, 'minimal'],
    ['PSEQ 19', 'pseq', [6, 6, 6, 1, 0, 0, 0, 0, 0, 0], 19, 'severe'],
    ['PSEQ 20', 'pseq', [6, 6, 6, 2, 0, 0, 0, 0, 0, 0], 20, 'moderate'],
    ['PSFS mean of three', 'psfs', [3, 4, 5], 4.0, undefined],
    ['PSFS mean of four', 'psfs', [4, 5, 5, 6], 5.0, undefined],
    ['PSFS mean rounded to one decimal', 'psfs', [1, 2, 2], 1.7, undefined],
    ['PSFS mean of five', 'psfs', [7, 7, 8, 8, 9], 7.8, undefined],
  ] as const)('%s', (_, id: InstrumentId, answers: readonly Answer[], score, band) => {
    const result = okValue(scoreById(id, answers));
    expect(result.score).toBe(score);
    expect(result.band?.id).toBe(band);
    expect(result.instrument).toBe(id);
  });

  it.each([
    [[1, 0, 1, 0, 0, 0, 0, 0, BOTHER.moderately], 2, 0, 'low', 'LA9194-7'],
    [[0, 0, 0, 0, 1, 1, 1, 0, BOTHER.moderately], 3, 3, 'low', 'LA9194-7'],
    [[1, 1, 1, 1, 0, 0, 0, 0, BOTHER.slightly], 4, 0, 'medium', 'LA8982-6'],
    [[0, 0, 0, 0, 1, 1, 1, 0, BOTHER.veryMuch], 4, 4, 'high', 'LA9193-9'],
    [[1, 0, 0, 0, 1, 1, 1, 0, BOTHER.extremely], 5, 4, 'high', 'LA9193-9'],
  ])('STarT Back %j -> total %i, subscale %i, %s', (answers, total, sub, risk, answerCode) => {
    const result = okValue(scoreInstrument(INSTRUMENTS.startback, answers));
    expect(result.score).toBe(total);
    expect(result.total).toBe(total);
    expect(result.subscales.psychosocial).toBe(sub);
    expect(result.risk).toBe(risk);
    const byCode = new Map(result.loinc.map((o) => [o.code, o]));
    expect(byCode.get('91351-7')?.value).toBe(total);
    expect(byCode.get('91350-9')?.value).toBe(sub);
    expect(byCode.get('91352-5')).toMatchObject({ value: risk, answerCode });
    expect(result.evidence).toContain('startback-2008');
  });

  it('scores the FABQ vector as PA 16, work 27, headline PA', () => {
    const answers = [3, 4, 5, 3, 4, 6, 2, 5, 4, 4, 3, 3, 2, 1, 5, 6];
    const result = okValue(scoreInstrument(INSTRUMENTS.fabq, answers));
    expect(result.subscales).toEqual({ physicalActivity: 16, work: 27 });
    expect(result.score).toBe(16);
    expect(result.reasons.join(' ')).toMatch(/not below 19.*manipulation/);
    expect(result.reasons.join(' ')).toMatch(/not above 29.*returning to work/);
    expect(result.evidence).toContain('flynn-2002');
  });

  it('lets FABQ unscored items be skipped and flags work < 19 and > 29', () => {
    const low = [null, 4, 5, 3, 4, 1, 1, null, 1, 1, 1, 1, null, null, 1, null];
    const lowResult = okValue(scoreInstrument(INSTRUMENTS.fabq, low));
    expect(lowResult.subscales.work).toBe(7);
    expect(lowResult.skipped).toBe(5);
    expect(lowResult.reasons).toContain(
      'Work subscale 7 is below 19, which is a criterion of the spinal manipulation prediction rule (flynn-2002).',
    );
    const high = [0, 0, 0, 0, 0, 6, 6, 0, 6, 6, 6, 6, 0, 0, 6, 0];
    expect(okValue(scoreInstrument(INSTRUMENTS.fabq, high)).reasons).toContain(
      'Work subscale 42 is above 29, which is a flag for risk in returning to work.',
    );
  });
});

describe('score results', () => {
  it('explains the ODI computation and band in sentences', () => {
    const result = okValue(scoreById('odi', [3, 2, 3, 2, 1, 2, 1, 0, 2, null]));
    expect(result.reasons).toEqual([
      'ODI: 16 points from 9 sections answered, out of a possible 45, is 35.6%.',
      '1 section was skipped (10) and left out of the score; at most 2 may be skipped (a choice of our own design, which a clinic may change).',
      'A score of 35.6 is in the band "Moderate disability" (21-40).',
    ]);
    expect(result).toMatchObject({ answered: 9, skipped: 1 });
    expect('total' in result).toBe(false);
    expect(result.itemScores).toEqual([3, 2, 3, 2, 1, 2, 1, 0, 2, null]);
    expect(result.loinc).toEqual([{ code: '97909-6', display: 'ODI score', value: 35.6 }]);
    expect(result.evidence).toEqual(['fairbank-2000', 'ostelo-2008']);
  });

  it('marks the NPRS bands as our design and reports LOINC 72514-3', () => {
    const result = okValue(scoreById('nprs', [5]));
    expect(result.reasons.at(-1)).toMatch(/our own design/);
    expect(result.loinc).toEqual([{ code: '72514-3', display: 'NPRS score', value: 5 }]);
  });

  it('uses option scores, not indexes, for STarT item 9', () => {
    const result = okValue(scoreById('startback', [0, 0, 0, 0, 0, 0, 0, 0, BOTHER.moderately]));
    expect(result.itemScores.at(-1)).toBe(0);
  });

  it.each([['rmdq'], ['pseq'], ['fabq'], ['psfs']] as const)(
    'invents no LOINC codes for %s',
    (id) => {
      const answers = Array<Answer>(INSTRUMENTS[id].scoring.itemCount.min).fill(0);
      expect(okValue(scoreById(id, answers)).loinc).toEqual([]);
    },
  );

  it('treats -0 as option 0', () => {
    expect(okValue(scoreById('nprs', [-0])).score).toBe(0);
  });
});
