import { describe, expect, it } from 'vitest';
import { maxScoreOf } from './score-reasons.js';
import { INSTRUMENT_IDS, INSTRUMENTS, getInstrument } from './registry.js';
import { loincCheckDigitIsValid } from './test-helpers.js';
import type { InstrumentDefinition } from './types.js';

const ALL: readonly InstrumentDefinition[] = INSTRUMENT_IDS.map((id) => INSTRUMENTS[id]);

function loincCodes(d: InstrumentDefinition): string[] {
  return [
    // Normalised definitions carry every key, absent codes as undefined.
    ...Object.values(d.loinc as Record<string, string | undefined>).filter((c) => c !== undefined),
    ...d.items.flatMap((item) => (item.loinc === undefined ? [] : [item.loinc])),
    ...(d.scoring.subscales ?? []).flatMap((s) => (s.loinc === undefined ? [] : [s.loinc])),
  ];
}

describe.each(ALL.map((d) => [d.id, d] as const))('%s definition', (id, d) => {
  it('is registered under its own id', () => {
    expect(d.id).toBe(id);
    expect(getInstrument(id)).toBe(d);
  });

  it('numbers items 1..n with unique ids under its prefix', () => {
    expect(d.items.map((item) => item.number)).toEqual(d.items.map((_, i) => i + 1));
    expect(new Set(d.items.map((item) => item.id)).size).toBe(d.items.length);
    for (const item of d.items) expect(item.id.startsWith(`${id}.`)).toBe(true);
  });

  it('lists options lowest score first, with short paraphrased labels', () => {
    expect(d.labelsAreParaphrases).toBe(true);
    expect(d.licence.length).toBeGreaterThan(0);
    for (const item of d.items) {
      expect(item.label.length).toBeLessThanOrEqual(70);
      const scores = item.options.map((o) => o.score);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      for (const option of item.options) expect(option.label.length).toBeLessThanOrEqual(40);
    }
  });

  it('has an item count the items can fill', () => {
    const { min, max } = d.scoring.itemCount;
    expect(min).toBeLessThanOrEqual(max);
    expect(max).toBe(d.items.length);
  });

  it('has only LOINC codes with a valid check digit', () => {
    for (const code of loincCodes(d)) expect(loincCheckDigitIsValid(code), code).toBe(true);
  });

  it('has subscales, scored items and a headline subscale that exist', () => {
    const numbers = d.items.map((item) => item.number);
    const scored = d.scoring.scoredItems ?? numbers;
    for (const n of scored) expect(numbers).toContain(n);
    for (const subscale of d.scoring.subscales ?? []) {
      for (const n of subscale.items) expect(scored).toContain(n);
    }
    const { method } = d.scoring;
    if (method.kind === 'subscale') {
      const subscale = d.scoring.subscales?.find((s) => s.id === method.subscale);
      expect(subscale).toBeDefined();
      expect(maxScoreOf(d, subscale?.items ?? [])).toBe(d.range.max);
    }
    if (method.kind === 'sum') {
      expect(maxScoreOf(d, d.scoring.scoredItems ?? numbers)).toBe(d.range.max);
    }
  });

  it('has contiguous bands covering the whole range', () => {
    const bands = d.bands ?? [];
    bands.forEach((band, i) => {
      const previous = bands[i - 1];
      expect(band.min).toBe(previous === undefined ? d.range.min : previous.max + 1);
    });
    if (bands.length > 0) expect(bands.at(-1)?.max).toBe(d.range.max);
  });
});

describe("instrument labels are short paraphrases, not the forms' sentences", () => {
  it.each(ALL.map((d) => [d.id, d] as const))(
    '%s: no first-person statements, at most 8 words',
    (_id, d) => {
      for (const item of d.items) {
        expect(item.label, item.id).not.toMatch(/^(I|My|In the last)\b/);
        expect(item.label.split(' ').length, item.label).toBeLessThanOrEqual(8);
      }
    },
  );
});

describe('instrument data from instruments.md', () => {
  it.each([
    ['nprs', 'nprs.pain', 11],
    ['odi', 'odi.pain-intensity', 6],
    ['odi', 'odi.walking', 6],
    ['rmdq', 'rmdq.1', 2],
    ['startback', 'startback.5', 2],
    ['startback', 'startback.9', 5],
    ['fabq', 'fabq.2', 7],
    ['psfs', 'psfs.1', 11],
    ['pseq', 'pseq.3', 7],
  ] as const)('%s has item %s with %i options', (id, itemId, count) => {
    const item = INSTRUMENTS[id].items.find((i) => i.id === itemId);
    expect(item?.options).toHaveLength(count);
  });

  it.each([
    ['nprs', 1],
    ['odi', 10],
    ['rmdq', 24],
    ['startback', 9],
    ['fabq', 16],
    ['psfs', 5],
    ['pseq', 10],
  ] as const)('%s has %i items', (id, count) => {
    expect(INSTRUMENTS[id].items).toHaveLength(count);
  });

  it('scores STarT item 9 only for very much and extremely', () => {
    expect(INSTRUMENTS.startback.items[8]?.options.map((o) => o.score)).toEqual([0, 0, 0, 1, 1]);
  });

  it('uses Keele items 5-9 for the psychosocial subscale, not 1,4,7,8,9', () => {
    expect(INSTRUMENTS.startback.scoring.subscales?.[0]?.items).toEqual([5, 6, 7, 8, 9]);
  });

  it('keeps the STarT item LOINC codes in form order', () => {
    expect(INSTRUMENTS.startback.items.map((i) => i.loinc)).toEqual([
      '91340-0',
      '91341-8',
      '91342-6',
      '91343-4',
      '91344-2',
      '91345-9',
      '91346-7',
      '91347-5',
      '91348-3',
    ]);
  });

  it('keeps items in form order: ODI section 4 is walking, STarT item 5 the safety belief', () => {
    expect(INSTRUMENTS.odi.items[3]?.label).toBe('Walking');
    expect(INSTRUMENTS.startback.items[4]?.label).toBe('Doubt that being active is safe');
    expect(INSTRUMENTS.odi.items[3]?.options.map((o) => o.label).at(-1)).toBe('Cannot do at all');
  });
});
