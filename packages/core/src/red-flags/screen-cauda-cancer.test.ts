import { describe } from 'vitest';
import { checkFlagRows, type FlagRow } from './test-screen-input.js';

describe('screenRedFlags: cauda equina, cord compression and malignancy tiers', () => {
  checkFlagRows([
    ...(
      [
        'saddle-numbness',
        'bladder-change',
        'bowel-change',
        'sexual-dysfunction',
        'bilateral-leg-symptoms',
        'progressive-leg-weakness',
      ] as const
    ).map((id): FlagRow => ({
      name: `cauda equina: ${id}`,
      yes: [id],
      triage: 'emergency',
      findings: [['cauda-equina', 'emergency', [id]]],
    })),
    {
      name: 'cauda equina: every yes is credited',
      yes: ['saddle-numbness', 'bladder-change'],
      triage: 'emergency',
      findings: [['cauda-equina', 'emergency', ['saddle-numbness', 'bladder-change']]],
    },
    ...(
      [
        'thoracic-pain',
        'progressive-unremitting-pain',
        'pain-worse-straining',
        'night-pain-stops-sleep',
        'spinal-tenderness',
      ] as const
    ).map((id): FlagRow => ({
      name: `cord compression without neurological deficit: ${id}`,
      yes: ['cancer-history', id],
      triage: 'urgent',
      findings: [
        ['cord-compression-cancer', 'urgent', ['cancer-history', id]],
        ['malignancy', 'urgent', ['cancer-history']],
      ],
    })),
    {
      name: 'cord compression with neurological deficit',
      yes: ['cancer-history', 'thoracic-pain', 'neurological-deficit'],
      triage: 'emergency',
      findings: [
        [
          'cord-compression-cancer',
          'emergency',
          ['cancer-history', 'thoracic-pain', 'neurological-deficit'],
        ],
        ['malignancy', 'urgent', ['cancer-history']],
      ],
    },
    { name: 'spinal pain without cancer', yes: ['thoracic-pain'], triage: 'clear', findings: [] },
    {
      name: 'neurological deficit alone',
      yes: ['neurological-deficit'],
      triage: 'clear',
      findings: [],
    },
    {
      name: 'cancer history alone',
      yes: ['cancer-history'],
      triage: 'urgent',
      findings: [['malignancy', 'urgent', ['cancer-history']]],
    },
    {
      name: 'one malignancy feature is a note',
      yes: ['unexplained-weight-loss'],
      triage: 'clear',
      findings: [['malignancy', 'note', ['unexplained-weight-loss']]],
    },
    {
      name: 'age over 50 with a first episode is a malignancy feature',
      context: { age: 51, firstEpisode: true },
      triage: 'clear',
      findings: [['malignancy', 'note', ['age-over-50-new-pain']]],
    },
    {
      name: 'age over 50, not a first episode',
      context: { age: 60 },
      triage: 'clear',
      findings: [],
    },
    {
      name: 'two malignancy features',
      yes: ['unexplained-weight-loss', 'no-improvement-4-weeks'],
      triage: 'routine-referral',
      findings: [
        ['malignancy', 'routine-referral', ['unexplained-weight-loss', 'no-improvement-4-weeks']],
      ],
    },
  ]);
});
