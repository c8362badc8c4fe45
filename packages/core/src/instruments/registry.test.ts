import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS, INSTRUMENTS, getInstrument, isInstrumentId } from './registry.js';

describe('registry', () => {
  it('lists every instrument once', () => {
    expect([...INSTRUMENT_IDS].sort()).toEqual(Object.keys(INSTRUMENTS).sort());
  });

  it.each([
    ['odi', true],
    ['startback', true],
    ['ODI', false],
    ['toString', false],
    ['__proto__', false],
    ['', false],
  ])('isInstrumentId(%j) is %s', (x, expected) => {
    expect(isInstrumentId(x)).toBe(expected);
    expect(getInstrument(x) !== undefined).toBe(expected);
  });
});

describe('public surface (index.ts)', () => {
  it('exports the registry, scorer, change rule and content packs', async () => {
    const api = await import('./index.js');
    expect(Object.keys(api).sort()).toEqual(
      [
        'FABQ',
        'INSTRUMENTS',
        'INSTRUMENT_IDS',
        'NPRS',
        'NPRS_BANDS',
        'ODI',
        'ODI_MAX_SKIPPED_SECTIONS',
        'PSEQ',
        'PSEQ_MAX_SKIPPED',
        'PSFS',
        'PSFS_MAX_SKIPPED',
        'RMDQ',
        'RMDQ_MAX_SKIPPED',
        'STARTBACK',
        'applyContentPack',
        'classifyRisk',
        'findBand',
        'getInstrument',
        'importantChange',
        'isInstrumentId',
        'scoreById',
        'scoreInstrument',
      ].sort(),
    );
    expect(api.scoreById('nprs', [4]).ok).toBe(true);
  });
});
