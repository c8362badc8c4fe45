import { describe, expect, it } from 'vitest';
import { screenRedFlags } from './screen.js';
import { checkFlagRows, screenInput, type FlagRow } from './test-screen-input.js';
import type { ScreenContext } from './types.js';

// Spondyloarthritis gate open (onset 40 < 45, 200 days > 91) without the onset-before-35 feature.
const AXSPA: Partial<ScreenContext> = { ageAtOnset: 40, symptomDurationDays: 200 };
const AX = 'onset-before-45-lasting-over-3-months';

describe('screenRedFlags: fracture, infection and axial spondyloarthritis tiers', () => {
  checkFlagRows([
    {
      name: 'fracture: trauma with neurological deficit',
      yes: ['significant-trauma', 'neurological-deficit'],
      triage: 'emergency',
      findings: [['fracture', 'emergency', ['significant-trauma', 'neurological-deficit']]],
    },
    {
      name: 'fracture: significant trauma alone',
      yes: ['significant-trauma'],
      triage: 'urgent',
      findings: [['fracture', 'urgent', ['significant-trauma']]],
    },
    // downie-2013: single features are weak; alone each is a note, never a block.
    ...(
      ['minor-trauma-osteoporosis', 'long-term-corticosteroids', 'bruise-over-spine'] as const
    ).map((id): FlagRow => ({
      name: `fracture: ${id} alone is a note`,
      yes: [id],
      triage: 'clear',
      findings: [['fracture', 'note', [id]]],
    })),
    {
      name: 'fracture: age 71 alone is a note, not a block',
      context: { age: 71 },
      triage: 'clear',
      findings: [['fracture', 'note', ['age-over-70']]],
    },
    {
      name: 'fracture: age 71 with long-term corticosteroids is urgent',
      yes: ['long-term-corticosteroids'],
      context: { age: 71 },
      triage: 'urgent',
      findings: [['fracture', 'urgent', ['long-term-corticosteroids', 'age-over-70']]],
    },
    {
      name: 'fracture: osteoporotic minor trauma with a bruise over the spine is urgent',
      yes: ['minor-trauma-osteoporosis', 'bruise-over-spine'],
      triage: 'urgent',
      findings: [['fracture', 'urgent', ['minor-trauma-osteoporosis', 'bruise-over-spine']]],
    },
    {
      name: 'fracture: significant trauma with one other feature is urgent from the trauma',
      yes: ['significant-trauma', 'bruise-over-spine'],
      triage: 'urgent',
      findings: [['fracture', 'urgent', ['significant-trauma']]],
    },
    {
      name: 'fracture: age 70 is not over 70',
      context: { age: 70 },
      triage: 'clear',
      findings: [],
    },
    ...(['fever', 'systemically-unwell'] as const).map((id): FlagRow => ({
      name: `infection: ${id}`,
      yes: [id],
      triage: 'emergency',
      findings: [['infection', 'emergency', [id]]],
    })),
    ...(['iv-drug-use', 'immunosuppression', 'recent-infection-or-spinal-procedure'] as const).map(
      (id): FlagRow => ({
        name: `infection: ${id}`,
        yes: [id],
        triage: 'urgent',
        findings: [['infection', 'urgent', [id]]],
      }),
    ),
    {
      name: 'infection: a measured 38.0 °C is a fever though the question was answered no',
      context: { temperatureCelsius: 38 },
      triage: 'emergency',
      findings: [['infection', 'emergency', ['measured-fever']]],
    },
    {
      name: 'infection: a measured 37.9 °C is not a fever',
      context: { temperatureCelsius: 37.9 },
      triage: 'clear',
      findings: [],
    },
    {
      name: 'infection: a fever answered and measured names both',
      yes: ['fever'],
      context: { temperatureCelsius: 39.2 },
      triage: 'emergency',
      findings: [['infection', 'emergency', ['fever', 'measured-fever']]],
    },
    {
      name: 'infection: the first tier that holds wins',
      yes: ['fever', 'iv-drug-use'],
      triage: 'emergency',
      findings: [['infection', 'emergency', ['fever']]],
    },
    {
      name: 'axSpA: 4 features',
      yes: ['buttock-pain', 'better-with-movement', 'nsaid-response', 'psoriasis'],
      context: AXSPA,
      triage: 'routine-referral',
      findings: [
        [
          'axial-spondyloarthritis',
          'routine-referral',
          [AX, 'buttock-pain', 'better-with-movement', 'nsaid-response', 'psoriasis'],
        ],
      ],
    },
    {
      name: 'axSpA: exactly 3 features, onset before 35 counting as one',
      yes: ['buttock-pain', 'enthesitis'],
      context: { ageAtOnset: 30, symptomDurationDays: 92 },
      triage: 'routine-referral',
      findings: [
        [
          'axial-spondyloarthritis',
          'routine-referral',
          [AX, 'onset-before-35', 'buttock-pain', 'enthesitis'],
        ],
      ],
    },
    {
      name: 'axSpA: 2 of 9',
      yes: ['arthritis', 'psoriasis'],
      context: AXSPA,
      triage: 'clear',
      findings: [],
    },
    ...[
      { name: 'onset at 45', ctx: { ageAtOnset: 45, symptomDurationDays: 200 } },
      { name: 'lasting 91 days', ctx: { ageAtOnset: 40, symptomDurationDays: 91 } },
    ].map(({ name, ctx }): FlagRow => ({
      name: `axSpA: 4 features ignored, ${name}`,
      yes: ['buttock-pain', 'better-with-movement', 'nsaid-response', 'psoriasis'],
      context: ctx,
      triage: 'clear',
      findings: [],
    })),
  ]);

  it('advises HLA-B27 for exactly 3 features and rheumatology for 4 or more', () => {
    const three = screenRedFlags(
      screenInput({ yes: ['buttock-pain', 'arthritis', 'psoriasis'], context: AXSPA }),
    );
    const four = screenRedFlags(
      screenInput({
        yes: ['buttock-pain', 'arthritis', 'psoriasis', 'enthesitis'],
        context: AXSPA,
      }),
    );
    expect(three.findings[0]?.action).toContain('HLA-B27');
    expect(four.findings[0]?.action).toContain('rheumatology');
    expect(four.findings[0]?.action).not.toContain('HLA-B27');
  });
});
