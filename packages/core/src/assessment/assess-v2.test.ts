import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { parseAssessment } from './parse.js';
import { screenContextOf } from './screen-input.js';

const AS_OF = '2026-11-02';
const examplesDir = fileURLToPath(new URL('../../../../examples/assessments/', import.meta.url));
type Patch = { readonly [key: string]: unknown };

/** Example 01, a version 1 file: 34 years old, assessed on 2026-11-02. */
const v1 = JSON.parse(
  readFileSync(`${examplesDir}01-acute-flexion-intolerant-manipulation.json`, 'utf8'),
) as Patch;

const isPlain = (v: unknown): v is Patch =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base` with `patch` merged in: objects merge key by key, anything else replaces. */
function merge(base: unknown, patch: Patch): Patch {
  const out: Record<string, unknown> = isPlain(base) ? { ...base } : {};
  for (const [k, v] of Object.entries(patch)) {
    out[k] = isPlain(v) ? merge(out[k], v) : v;
  }
  return out;
}

/** Example 01 as a version 2 assessment, with the patch merged in. */
function v2(patch: Patch = {}): Patch {
  return merge({ ...v1, schemaVersion: 2 }, patch);
}

function issuesOf(input: unknown, asOf = AS_OF): { path: string; message: string }[] {
  const outcome = assess(input, asOf);
  return outcome.ok ? [] : [...outcome.error.issues];
}

const three = (fear: unknown = 3, activity: unknown = 'c') => [
  { activity: 'a', fear: 1 },
  { activity: 'b', fear: 2 },
  { activity, fear },
];

describe('assessment schema version 2: the new fields', () => {
  it('accepts every new field at once', () => {
    const input = v2({
      history: {
        ageAtFirstOnset: 22,
        fallsInLastYear: 1,
        comorbidities: ['pregnancy', 'knee-pain', 'hip-pain'],
        pregnancyTrimester: 2,
      },
      expectations: { requests: ['brace', 'imaging'], outlook: 'unsure', notes: 'Worried.' },
      examination: { temperatureCelsius: 37.1, legWeakness: false },
      measures: { walkingToleranceMinutes: 12 },
      fearHierarchy: [
        { activity: '  Bending to the floor ', fear: 80 },
        { activity: 'Lifting a bag', fear: 60 },
        { activity: 'Running', fear: 90 },
      ],
    });
    const parsed = parseAssessment(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.fearHierarchy?.[0]?.activity).toBe('Bending to the floor');
    expect(parsed.value.expectations?.requests).toEqual(['brace', 'imaging']);
  });

  it('defaults the requests to none when expectations are given without them', () => {
    const parsed = parseAssessment(v2({ expectations: { outlook: 'full-recovery' } }));
    expect(parsed.ok && parsed.value.expectations).toEqual({
      requests: [],
      outlook: 'full-recovery',
    });
  });

  it.each<[string, string, Patch]>([
    [
      'age at first onset above 120',
      'history.ageAtFirstOnset',
      { history: { ageAtFirstOnset: 121 } },
    ],
    [
      'age at first onset not whole',
      'history.ageAtFirstOnset',
      { history: { ageAtFirstOnset: 20.5 } },
    ],
    ['negative falls', 'history.fallsInLastYear', { history: { fallsInLastYear: -1 } }],
    ['falls above 100', 'history.fallsInLastYear', { history: { fallsInLastYear: 101 } }],
    [
      'trimester 4',
      'history.pregnancyTrimester',
      { history: { comorbidities: ['pregnancy'], pregnancyTrimester: 4 } },
    ],
    [
      'trimester without pregnancy',
      'history.pregnancyTrimester',
      { history: { pregnancyTrimester: 1 } },
    ],
    ['an unknown condition', 'history.comorbidities.0', { history: { comorbidities: ['gout'] } }],
    ['an unknown request', 'expectations.requests.0', { expectations: { requests: ['cupping'] } }],
    [
      'a request twice',
      'expectations.requests',
      { expectations: { requests: ['brace', 'brace'] } },
    ],
    ['an unknown outlook', 'expectations.outlook', { expectations: { outlook: 'cured' } }],
    [
      'notes over 500 characters',
      'expectations.notes',
      { expectations: { notes: 'x'.repeat(501) } },
    ],
    [
      'temperature below 30',
      'examination.temperatureCelsius',
      { examination: { temperatureCelsius: 29.9 } },
    ],
    [
      'temperature above 45',
      'examination.temperatureCelsius',
      { examination: { temperatureCelsius: 45.1 } },
    ],
    [
      'temperature with two decimals',
      'examination.temperatureCelsius',
      { examination: { temperatureCelsius: 37.25 } },
    ],
    [
      'temperature in Fahrenheit',
      'examination.temperatureCelsius',
      { examination: { temperatureCelsius: 98.6 } },
    ],
    [
      'leg weakness not a boolean',
      'examination.legWeakness',
      { examination: { legWeakness: 'yes' } },
    ],
    [
      'walking tolerance above 600',
      'measures.walkingToleranceMinutes',
      { measures: { walkingToleranceMinutes: 601 } },
    ],
    [
      'walking tolerance negative',
      'measures.walkingToleranceMinutes',
      { measures: { walkingToleranceMinutes: -1 } },
    ],
    ['a hierarchy of two', 'fearHierarchy', { fearHierarchy: three().slice(0, 2) }],
    [
      'a hierarchy of seven',
      'fearHierarchy',
      { fearHierarchy: Array.from({ length: 7 }, (_, i) => ({ activity: `a${i}`, fear: i })) },
    ],
    ['a blank feared activity', 'fearHierarchy.2.activity', { fearHierarchy: three(3, '  ') }],
    ['fear above 100', 'fearHierarchy.2.fear', { fearHierarchy: three(101) }],
    ['fear not whole', 'fearHierarchy.2.fear', { fearHierarchy: three(2.5) }],
  ])('refuses %s, naming %s', (_name, path, patch) => {
    const issues = issuesOf(v2(patch));
    expect(issues.map((i) => i.path)).toContain(path);
    for (const i of issues) expect(i.message.length).toBeGreaterThan(0);
  });

  it('accepts a temperature with one decimal, however the float is stored', () => {
    for (const t of [30, 36.6, 37.3, 38, 40.1, 45]) {
      const parsed = parseAssessment(v2({ examination: { temperatureCelsius: t } }));
      expect(parsed.ok, `${t}`).toBe(true);
    }
  });
});

describe('assessment checks across fields', () => {
  it('refuses an age at first onset above the patient age', () => {
    expect(issuesOf(v2({ history: { ageAtFirstOnset: 35 } }))).toEqual([
      {
        path: 'history.ageAtFirstOnset',
        message: "The age at first onset (35) is above the patient's age (34).",
      },
    ]);
  });

  it('accepts an age at first onset equal to the patient age', () => {
    expect(assess(v2({ history: { ageAtFirstOnset: 34 } }), AS_OF).ok).toBe(true);
  });

  it('refuses an onset date before the patient was born, in version 1 input too', () => {
    const issues = issuesOf(merge(v1, { history: { onsetDate: '1980-01-01' } }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('history.onsetDate');
    expect(issues[0]?.message).toContain('before the patient was born');
  });

  it('allows an onset up to age + 1 years back (a birthday may be near)', () => {
    // 34 on 2026-11-02: born on 1991-11-03 at the earliest.
    expect(assess(merge(v1, { history: { onsetDate: '1991-11-02' } }), AS_OF).ok).toBe(true);
    const tooEarly = merge(v1, { history: { onsetDate: '1991-11-01' } });
    expect(issuesOf(tooEarly).map((i) => i.path)).toEqual(['history.onsetDate']);
  });
});

describe('the red-flag screen reads the new fields', () => {
  it('an examination temperature of 38.0 is a fever emergency though fever was answered no', () => {
    const outcome = assess(v2({ examination: { temperatureCelsius: 38 } }), AS_OF);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.assessment.redFlags.fever).toBe(false);
    expect(outcome.value.screen.triage).toBe('emergency');
    const infection = outcome.value.screen.findings.find((f) => f.flag === 'infection');
    expect(infection?.raisedBy).toEqual(['measured-fever']);
    expect(outcome.value.screen.reasons.join(' ')).toContain('fever measured at the examination');
  });

  it('37.9 is not a fever', () => {
    const outcome = assess(v2({ examination: { temperatureCelsius: 37.9 } }), AS_OF);
    expect(outcome.ok && outcome.value.screen.triage).toBe('clear');
  });

  it('the spondyloarthritis onset facts use the age at first onset over this episode', () => {
    // 34 years old with three features; this episode began at 33 (10 months ago).
    const features = {
      'buttock-pain': true,
      'better-with-movement': true,
      'waking-second-half-night': true,
    };
    const axspa = (history: Patch) =>
      assess(v2({ history: { onsetDate: '2026-01-05', ...history }, redFlags: features }), AS_OF);
    const episodeOnly = axspa({});
    const firstAt30 = axspa({ ageAtFirstOnset: 30 });
    const finding = (r: typeof episodeOnly) =>
      r.ok ? r.value.screen.findings.find((f) => f.flag === 'axial-spondyloarthritis') : undefined;
    // By the episode alone the onset is at 33: before 35, so four features.
    expect(finding(episodeOnly)?.raisedBy).toContain('onset-before-35');
    expect(finding(firstAt30)?.raisedBy).toContain('onset-before-35');
    // 50 years old, back pain first at 40.
    const older = assess(
      merge(v2({ patient: { age: 50 } }), {
        history: { onsetDate: '2026-01-05', ageAtFirstOnset: 40 },
        redFlags: features,
      }),
      AS_OF,
    );
    // By the episode the onset is at 49 (no axSpA); by the first onset at 40 it is considered.
    expect(finding(older)?.raisedBy).toEqual(
      expect.arrayContaining(['onset-before-45-lasting-over-3-months']),
    );
    expect(finding(older)?.raisedBy).not.toContain('onset-before-35');
    const olderByEpisode = assess(
      merge(v2({ patient: { age: 50 } }), {
        history: { onsetDate: '2026-01-05' },
        redFlags: features,
      }),
      AS_OF,
    );
    expect(finding(olderByEpisode)).toBeUndefined();
  });

  it('screenContextOf takes the age at first onset and a temperature when given', () => {
    expect(screenContextOf(60, 30, 3, { ageAtFirstOnset: 25, temperatureCelsius: 37.2 })).toEqual({
      age: 60,
      ageAtOnset: 25,
      symptomDurationDays: 30,
      firstEpisode: false,
      temperatureCelsius: 37.2,
    });
    expect(screenContextOf(60, 30, 3)).not.toHaveProperty('temperatureCelsius');
  });
});

describe('stenosis in the assessment result', () => {
  it('is suspected for an older adult whose legs walking brings on and sitting eases', () => {
    const outcome = assess(
      v2({
        patient: { age: 68 },
        symptoms: {
          extent: 'below-knee',
          aggravating: ['walking', 'standing'],
          easing: ['sitting', 'bending'],
        },
        measures: { walkingToleranceMinutes: 8 },
      }),
      AS_OF,
    );
    expect(outcome.ok && outcome.value.stenosis.suspected).toBe(true);
    expect(outcome.ok && outcome.value.stenosis.evidence).toEqual(['apta-cpg-2012', 'tbc-2016']);
  });

  it('is not suspected for example 01', () => {
    const outcome = assess(v1, AS_OF);
    expect(outcome.ok && outcome.value.stenosis.suspected).toBe(false);
  });
});

describe('the new fields under arbitrary values', () => {
  it('never throw: each value is accepted or refused naming a field', () => {
    const field = fc.constantFrom(
      ['history', 'ageAtFirstOnset'],
      ['history', 'fallsInLastYear'],
      ['history', 'pregnancyTrimester'],
      ['history', 'comorbidities'],
      ['examination', 'temperatureCelsius'],
      ['examination', 'legWeakness'],
      ['measures', 'walkingToleranceMinutes'],
      ['expectations', 'requests'],
      ['expectations', 'outlook'],
      ['fearHierarchy'],
      ['expectations'],
    );
    fc.assert(
      fc.property(field, fc.anything(), (path, value) => {
        const patch: Patch =
          path.length === 1
            ? { [path[0] as string]: value }
            : { [path[0] as string]: { [path[1] as string]: value } };
        const outcome = assess(v2(patch), AS_OF);
        if (!outcome.ok) expect(outcome.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
