import type { Assessment } from '../assessment/schema.js';
import type { GoalArea } from '../assessment/vocabulary.js';
import type { Frequency } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';

/** A step of a goal's staged path: weeks, effort (RPE 0-10) and load increase a week. */
export interface StagePlan {
  readonly exerciseId: string;
  readonly fromWeek: number;
  readonly toWeek: number;
  readonly effort: { readonly min: number; readonly max: number };
  readonly loadIncreasePercentPerWeek?: { readonly min: number; readonly max: number };
  /** A loaded bend: needs flexion to be tolerated first. */
  readonly bends: boolean;
}

/**
 * How goals change the content of the plan (exercises.md "Selection rules" [design]; loads and
 * effort within acsm-dosing: resistance 2-3 days a week, load up 2-10% a week). A rule matches a
 * goal in one of `areas`, or a goal in one of `textAreas` whose text matches `pattern`.
 */
export interface GoalContentRule {
  readonly id: 'lifting' | 'rising' | 'walking';
  readonly areas: readonly GoalArea[];
  readonly textAreas: readonly GoalArea[];
  readonly pattern: RegExp | null;
  /** The exercise added (the entry step of its chain), its frequency and staged path. */
  readonly adds: {
    readonly exerciseId: string;
    readonly frequency?: Frequency;
    readonly stages: readonly StagePlan[];
  } | null;
  readonly reason: string;
  readonly evidence: readonly EvidenceId[];
}

const LOAD = { min: 2, max: 10 } as const;

export const GOAL_CONTENT: readonly GoalContentRule[] = [
  {
    id: 'lifting',
    areas: ['lifting'],
    textAreas: ['sport', 'work'],
    pattern: /\b(lift|lifts|lifting|deadlift|deadlifts|gym|weights?)\b/i,
    adds: {
      exerciseId: 'hip-hinge-dowel',
      frequency: { timesPerDay: 1, daysPerWeek: 3 },
      stages: [
        {
          exerciseId: 'hip-hinge-dowel',
          fromWeek: 1,
          toWeek: 4,
          effort: { min: 5, max: 6 },
          bends: false,
        },
        {
          exerciseId: 'romanian-deadlift',
          fromWeek: 5,
          toWeek: 8,
          effort: { min: 6, max: 7 },
          loadIncreasePercentPerWeek: LOAD,
          bends: true,
        },
        {
          exerciseId: 'floor-to-waist-lift',
          fromWeek: 9,
          toWeek: 12,
          effort: { min: 6, max: 8 },
          loadIncreasePercentPerWeek: LOAD,
          bends: true,
        },
      ],
    },
    reason:
      'Lifting goal: the hip-hinge chain, 3 days a week, from the hinge pattern to graded loaded lifting with effort and load targets.',
    evidence: ['acsm-dosing', 'apta-cpg-2021'],
  },
  {
    id: 'rising',
    areas: [],
    textAreas: ['daily-living'],
    pattern: /\b(chair|stand up|standing up|get up|getting up)\b/i,
    adds: { exerciseId: 'sit-to-stand', stages: [] },
    reason: 'Goal of getting up from a chair: sit-to-stand practice.',
    evidence: ['apta-cpg-2021'],
  },
  {
    id: 'walking',
    areas: ['walking'],
    textAreas: [],
    pattern: null,
    adds: null,
    reason: 'Walking goal: the daily walking target is set from it.',
    evidence: ['acsm-dosing'],
  },
];

/** The goal of the assessment a rule matches, if any. */
export function matchingGoal(
  rule: GoalContentRule,
  goals: Assessment['goals'],
): Assessment['goals'][number] | undefined {
  return goals.find(
    (g) =>
      rule.areas.includes(g.area) ||
      (rule.pattern !== null && rule.textAreas.includes(g.area) && rule.pattern.test(g.text)),
  );
}

/** Minutes a day a walking goal names ("walk 45 minutes"), if it names any. */
export function goalMinutes(text: string): number | null {
  const m = /(\d{1,3})\s*(?:min|mins|minute|minutes)\b/i.exec(text);
  return m === null ? null : Number(m[1]);
}
