import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEvidenceId } from '../evidence.js';
import { assess, assessParsed, RULE_SET_VERSION, type AssessmentResult } from './assess.js';
import { screenContextOf } from './screen-input.js';
import { parseAssessment } from './parse.js';
import { AS_OF, validAssessment } from './test-arbitraries.js';

const examplesDir = fileURLToPath(new URL('../../../../examples/assessments/', import.meta.url));
const exampleFiles = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));

function loadExample(name: string): unknown {
  return JSON.parse(readFileSync(`${examplesDir}${name}.json`, 'utf8')) as unknown;
}

function assessExample(name: string): AssessmentResult {
  const outcome = assess(loadExample(name), AS_OF);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.value;
}

describe('assess over the example assessments', () => {
  it.each([
    // name, triage, plan gate, STarT risk, approach, tolerance, preference
    [
      '01-acute-flexion-intolerant-manipulation',
      'clear',
      'allowed',
      'low',
      'movement-control',
      'flexion-intolerant',
      'extension',
    ],
    [
      '02-chronic-high-risk-fear-avoidance',
      'clear',
      'allowed',
      'high',
      'symptom-modulation',
      'mixed',
      null,
    ],
    [
      '03-extension-intolerant-older-adult',
      'clear',
      'allowed',
      'medium',
      'movement-control',
      'extension-intolerant',
      null,
    ],
    [
      '04-function-optimisation-runner',
      'clear',
      'allowed',
      'low',
      'function-optimisation',
      'flexion-intolerant',
      null,
    ],
    [
      '05-cauda-equina-emergency',
      'emergency',
      'blocked',
      'high',
      'symptom-modulation',
      'flexion-intolerant',
      null,
    ],
    [
      '06-cancer-history-urgent',
      'urgent',
      'needs-review',
      'low',
      'movement-control',
      'none-identified',
      null,
    ],
    [
      '07-axial-spondyloarthritis-referral',
      'routine-referral',
      'allowed',
      'low',
      'movement-control',
      'none-identified',
      null,
    ],
    [
      '08-stabilisation-rule-positive',
      'clear',
      'allowed',
      'low',
      'movement-control',
      'mixed',
      null,
    ],
    [
      '09-sciatica-extension-preference',
      'clear',
      'allowed',
      'medium',
      'symptom-modulation',
      'flexion-intolerant',
      'extension',
    ],
    [
      '10-reassessment-improving',
      'clear',
      'allowed',
      'low',
      'function-optimisation',
      'flexion-intolerant',
      null,
    ],
    [
      '11-osteoporotic-fracture-risk-urgent',
      'urgent',
      'needs-review',
      'medium',
      'symptom-modulation',
      'flexion-intolerant',
      null,
    ],
    [
      '12-lateral-shift-side-glide',
      'clear',
      'allowed',
      'low',
      'movement-control',
      'mixed',
      'side-glide-right',
    ],
    [
      '13-fever-infection-emergency',
      'emergency',
      'blocked',
      null,
      'symptom-modulation',
      'none-identified',
      null,
    ],
    // Version 2 examples (issue 14): each covers an observation a clinician made.
    [
      '14-acute-extension-centralises',
      'clear',
      'allowed',
      'low',
      'movement-control',
      'flexion-intolerant',
      'extension',
    ],
    [
      '15-acute-bending-only-untested',
      'clear',
      'allowed',
      'low',
      'movement-control',
      'flexion-intolerant',
      null,
    ],
    [
      '16-older-adult-knee-oa-falls',
      'clear',
      'allowed',
      'medium',
      'movement-control',
      'none-identified',
      null,
    ],
    [
      '17-stenosis-forward-lean',
      'clear',
      'allowed',
      'low',
      'movement-control',
      'extension-intolerant',
      null,
    ],
    [
      '18-deadlift-goal-active-walker',
      'clear',
      'allowed',
      'low',
      'function-optimisation',
      'flexion-intolerant',
      null,
    ],
    [
      '19-high-risk-anxious-fear-hierarchy',
      'clear',
      'allowed',
      'high',
      'symptom-modulation',
      'flexion-intolerant',
      null,
    ],
    [
      '20-requests-brace-and-bed-rest',
      'clear',
      'allowed',
      'low',
      'movement-control',
      'flexion-intolerant',
      null,
    ],
    [
      '21-pregnancy-second-trimester',
      'clear',
      'allowed',
      'low',
      'movement-control',
      'extension-intolerant',
      null,
    ],
    ['22-osteoporosis-older', 'clear', 'allowed', 'low', 'movement-control', 'mixed', null],
  ] as const)('%s', (name, triage, gate, risk, approach, tolerance, preference) => {
    const r = assessExample(name);
    expect(r.screen.triage).toBe(triage);
    expect(r.planGate.status).toBe(gate);
    expect(r.startBack?.risk ?? null).toBe(risk);
    expect(r.approach.approach).toBe(approach);
    expect(r.tolerance.tolerance).toBe(tolerance);
    expect(r.directionalPreference.preference).toBe(preference);
    expect(r.ruleSetVersion).toBe(RULE_SET_VERSION);
  });

  it('covers every example file in the table', () => {
    expect(exampleFiles).toHaveLength(22);
  });

  it('finds the stenosis pattern in examples 03 and 17 only', () => {
    // 03: 68, thigh symptoms on standing and walking, eased by sitting and bending.
    const stenosis = ['03-extension-intolerant-older-adult', '17-stenosis-forward-lean'];
    for (const file of exampleFiles) {
      const name = file.replace(/\.json$/, '');
      expect(assessExample(name).stenosis.suspected, name).toBe(stenosis.includes(name));
    }
  });

  it('finds the manipulation rule positive in example 01 and stabilisation in 08', () => {
    expect(
      assessExample('01-acute-flexion-intolerant-manipulation').predictionRules.manipulation
        .positive,
    ).toBe(true);
    expect(
      assessExample('08-stabilisation-rule-positive').predictionRules.stabilisation.positive,
    ).toBe(true);
  });

  it('scores the ODI, FABQ and PSEQ of the high-risk example', () => {
    const r = assessExample('02-chronic-high-risk-fear-avoidance');
    expect(r.scores.odi?.ok && r.scores.odi.value.score).toBe(48);
    expect(r.scores.fabq?.ok && r.scores.fabq.value.subscales).toEqual({
      physicalActivity: 22,
      work: 37,
    });
    expect(r.psychosocial.flags.map((f) => f.id)).toEqual([
      'startback-high',
      'fear-avoidance-activity',
      'return-to-work-risk',
      'low-self-efficacy',
    ]);
    expect(r.stage.stage).toBe('chronic');
  });

  it('cites only known evidence ids anywhere in a result', () => {
    for (const file of exampleFiles) {
      const r = assessExample(file.replace(/\.json$/, ''));
      const cited = JSON.stringify(r).match(/"evidence":\[[^\]]*\]/g) ?? [];
      for (const list of cited) {
        for (const id of JSON.parse(list.slice('"evidence":'.length)) as string[]) {
          expect(isEvidenceId(id), `${file}: ${id}`).toBe(true);
        }
      }
    }
  });
});

describe('assess rejects bad input with field errors', () => {
  const good = loadExample('01-acute-flexion-intolerant-manipulation') as Record<string, unknown>;

  it.each([
    ['patient.age', { ...good, patient: { age: 12, sex: 'female' } }],
    ['pain.now', { ...good, pain: { now: 11 } }],
    ['schemaVersion', { ...good, schemaVersion: 3 }],
    ['history.onsetDate', { ...good, history: { onsetDate: '2026-02-30', previousEpisodes: 0 } }],
    ['redFlags.fevr', { ...good, redFlags: { fevr: true } }],
    ['minutesPerDay', { ...good, minutesPerDay: undefined }],
  ])('names %s', (path, input) => {
    const outcome = assess(input, AS_OF);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.issues.map((i) => i.path)).toContain(path);
  });

  it('rejects an onset after the assessment date', () => {
    const outcome = assess(good, '2026-10-01');
    expect(!outcome.ok && outcome.error.issues[0]?.path).toBe('history.onsetDate');
  });

  it('rejects an as-of date that is not a date', () => {
    const outcome = assess(good, '2026-13-01');
    expect(!outcome.ok && outcome.error.kind).toBe('invalid-as-of');
  });
});

describe('assess properties', () => {
  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.string(), fc.date()), (input, asOf) => {
        const outcome = assess(input, asOf);
        expect(typeof outcome.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on valid assessments with arbitrary questionnaire answers', () => {
    fc.assert(
      fc.property(validAssessment, (a) => {
        const outcome = assess(a, AS_OF);
        expect(outcome.ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  const emergencyAnswers = [
    'saddle-numbness',
    'bladder-change',
    'bowel-change',
    'sexual-dysfunction',
    'bilateral-leg-symptoms',
    'progressive-leg-weakness',
    'fever',
    'systemically-unwell',
  ] as const;

  it('gives emergency triage whenever any emergency flag is answered yes', () => {
    fc.assert(
      fc.property(validAssessment, fc.constantFrom(...emergencyAnswers), (a, flag) => {
        const outcome = assess({ ...a, redFlags: { ...a.redFlags, [flag]: true } }, AS_OF);
        expect(outcome.ok && outcome.value.screen.triage).toBe('emergency');
        expect(outcome.ok && outcome.value.planGate.status).toBe('blocked');
      }),
      { numRuns: 500 },
    );
  });
});

describe('assessParsed', () => {
  it('gives the same result as assess for every example', () => {
    for (const file of exampleFiles) {
      const input = loadExample(file.replace(/\.json$/, ''));
      const parsed = parseAssessment(input);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(assessParsed(parsed.value, AS_OF)).toEqual(assess(input, AS_OF));
    }
  });
});

describe('screenContextOf', () => {
  it('derives the age at onset from the episode length, and a first episode from none before', () => {
    expect(screenContextOf(40, 400, 0)).toEqual({
      age: 40,
      ageAtOnset: 39,
      symptomDurationDays: 400,
      firstEpisode: true,
    });
    // Under a year: the age at onset is today's age; never below zero.
    expect(screenContextOf(30, 364, 2)).toMatchObject({ ageAtOnset: 30, firstEpisode: false });
    expect(screenContextOf(1, 3_000, 1).ageAtOnset).toBe(0);
  });
});
