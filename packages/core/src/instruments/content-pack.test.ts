import { describe, expect, it } from 'vitest';
import { applyContentPack } from './content-pack.js';
import { INSTRUMENTS } from './registry.js';
import { scoreInstrument } from './score.js';
import { errorOf, okValue } from './test-helpers.js';

const OPTIONS = [
  'Licensed 0',
  'Licensed 1',
  'Licensed 2',
  'Licensed 3',
  'Licensed 4',
  'Licensed 5',
];

function pack(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    instrument: 'odi',
    language: 'en-GB',
    source: 'Clinic licence 2024-117',
    title: 'Licensed ODI title',
    instructions: 'Licensed instructions.',
    items: {
      'odi.walking': { text: 'Licensed walking text', options: OPTIONS },
      'odi.sitting': { text: 'Licensed sitting text' },
    },
    ...overrides,
  };
}

describe('applyContentPack', () => {
  it('applies a valid pack next to our paraphrases', () => {
    const localised = okValue(applyContentPack(INSTRUMENTS.odi, pack()));
    expect(localised.contentPack).toEqual({
      language: 'en-GB',
      source: 'Clinic licence 2024-117',
      title: 'Licensed ODI title',
      instructions: 'Licensed instructions.',
    });
    const walking = localised.items[3];
    expect(walking).toMatchObject({ label: 'Walking', officialText: 'Licensed walking text' });
    expect(walking?.officialOptions).toEqual(OPTIONS);
    expect(localised.items[4]?.officialText).toBe('Licensed sitting text');
    expect(localised.items[4] && 'officialOptions' in localised.items[4]).toBe(false);
    expect(localised.items[0]).toBe(INSTRUMENTS.odi.items[0]);
    expect(localised.labelsAreParaphrases).toBe(true);
  });

  it('accepts a pack without title, instructions or items', () => {
    const minimal = { instrument: 'odi', language: 'fr', source: 'x', items: {} };
    expect(okValue(applyContentPack(INSTRUMENTS.odi, minimal)).contentPack).toEqual({
      language: 'fr',
      source: 'x',
    });
  });

  it('does not change scoring', () => {
    const localised = okValue(applyContentPack(INSTRUMENTS.odi, pack()));
    const answers = [3, 2, 3, 2, 1, 2, 1, 0, 1, 1];
    expect(scoreInstrument(localised, answers)).toEqual(scoreInstrument(INSTRUMENTS.odi, answers));
  });

  it.each([
    ['not an object', INSTRUMENTS.odi, 'odi', [{ path: '' }]],
    ['an array', INSTRUMENTS.odi, [], [{ path: '' }]],
    [
      'unknown item ids, each named',
      INSTRUMENTS.odi,
      pack({ items: { 'odi.jogging': { text: 'x' }, 'rmdq.1': { text: 'y' } } }),
      [
        { path: 'items.odi.jogging', message: expect.stringContaining('"odi.jogging"') as string },
        { path: 'items.rmdq.1', message: expect.stringContaining('"rmdq.1"') as string },
      ],
    ],
    [
      'a wrong option count',
      INSTRUMENTS.odi,
      pack({ items: { 'odi.walking': { text: 'x', options: ['a', 'b'] } } }),
      [
        {
          path: 'items.odi.walking.options',
          message: 'odi.walking has 6 options, lowest score first, but the pack gives 2.',
        },
      ],
    ],
    [
      'a wrong instrument',
      INSTRUMENTS.rmdq,
      pack({ items: {} }),
      [
        {
          path: 'instrument',
          message: 'The pack names "odi" as its instrument but is being applied to "rmdq".',
        },
      ],
    ],
    [
      'empty text and an empty option',
      INSTRUMENTS.odi,
      pack({ items: { 'odi.walking': { text: ' ', options: ['a', 'b', '', 'd', 'e', 'f'] } } }),
      [{ path: 'items.odi.walking.text' }, { path: 'items.odi.walking.options.2' }],
    ],
    [
      'options that are not a list',
      INSTRUMENTS.odi,
      pack({ items: { 'odi.walking': { text: 'x', options: 'a,b' } } }),
      [{ path: 'items.odi.walking.options' }],
    ],
    [
      'missing language and source, misspelt fields',
      INSTRUMENTS.odi,
      pack({ language: undefined, source: 3, titel: 'x', items: { 'odi.walking': { txt: 'x' } } }),
      [
        { path: 'titel' },
        { path: 'language' },
        { path: 'source' },
        { path: 'items.odi.walking.txt' },
        { path: 'items.odi.walking.text' },
      ],
    ],
    ['items that are not an object', INSTRUMENTS.odi, pack({ items: [] }), [{ path: 'items' }]],
    [
      'an item that is not an object',
      INSTRUMENTS.odi,
      pack({ items: { 'odi.walking': 'Walking' } }),
      [{ path: 'items.odi.walking' }],
    ],
    [
      'a __proto__ item id from JSON',
      INSTRUMENTS.odi,
      JSON.parse(
        '{"instrument":"odi","language":"en","source":"x","items":{"__proto__":{"text":"x"}}}',
      ) as unknown,
      [{ path: 'items.__proto__' }],
    ],
  ] as const)('rejects %s', (_, definition, input: unknown, issues) => {
    const found = errorOf(applyContentPack(definition, input));
    expect(found).toEqual(issues.map((issue) => expect.objectContaining(issue) as unknown));
    for (const issue of found) expect(issue.message).toMatch(/^["A-Za-z].*\.$/);
  });
});
