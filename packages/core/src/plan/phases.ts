import type { Rationale } from './types.js';
import type { Phase, PlanContext } from './types.js';

/** Weeks of the plan's phases and the review point [design, after progression.md]. */
/**
 * How far from its assessment a plan may start, either way [design]: a plan is made from a
 * current assessment; a start years away (9999-12-31) is a typing mistake.
 */
export const PLAN_START_WITHIN_DAYS = 366;

export const PLAN_WEEKS = {
  settleUntil: 2,
  buildUntil: 6,
  total: 12,
  reviewAfterDays: 28,
} as const;

/** What the phases name beyond the context: the centre of the early plan, the acute limits. */
export interface PhaseFacts {
  /** The preferred-direction exercise at the centre of the early plan, if any. */
  readonly centre: string | null;
  /** Loaded work waits for the first review (acute or subacute). */
  readonly acuteLimits: boolean;
}

/** The three phases with what each aims for. */
export function planPhases(
  ctx: PlanContext,
  facts: PhaseFacts = { centre: null, acuteLimits: false },
): Phase[] {
  const settle = [
    'Do the home programme on most days and log each session.',
    'Learn what normal exercise soreness feels like, and that it settles by the next morning.',
    'Read the week-one lessons.',
  ];
  if (facts.centre !== null && ctx.preference !== null)
    settle.unshift(
      `Centre of these weeks: ${facts.centre.toLowerCase()} (repeated ${ctx.preference}), 6 times a day, to ease and centralise the symptoms; progress from lying to standing.`,
    );
  else if (ctx.preference !== null)
    settle.unshift(`Use ${ctx.preference} exercises to ease and centralise the symptoms.`);
  const build = [
    'Progress one exercise variable at a time when sessions are comfortable and effort is moderate.',
    'Reach the activity target of each week.',
    'Review at weeks 4 to 6: re-measure pain and disability.',
  ];
  if (facts.acuteLimits)
    build.unshift(
      'After the first review: add endurance work and strength or motor control above level 1 if the symptoms allow.',
    );
  if (ctx.psychologicallyInformed)
    settle.push('Set activity quotas from the baseline and keep to them, good day or bad.');
  return [
    {
      id: 'settle',
      name: 'Settle and start',
      fromWeek: 1,
      toWeek: PLAN_WEEKS.settleUntil,
      targets: settle,
    },
    {
      id: 'build',
      name: 'Build',
      fromWeek: PLAN_WEEKS.settleUntil + 1,
      toWeek: PLAN_WEEKS.buildUntil,
      targets: build,
    },
    {
      id: 'return',
      name: 'Strengthen and return',
      fromWeek: PLAN_WEEKS.buildUntil + 1,
      toWeek: PLAN_WEEKS.total,
      targets: [
        'Practise the tasks of the goals: work, sport or home.',
        'Settle into a maintenance routine to keep after discharge.',
        'Use the flare-up plan independently.',
      ],
    },
  ];
}

/** Supervised contacts by STarT risk (startback-2011) [design numbers]. */
export function planClinicContacts(ctx: PlanContext): Rationale & { summary: string } {
  const evidence = ['startback-2011', 'nice-ng59'] as const;
  switch (ctx.risk) {
    case 'low':
      return {
        summary: '1-2 review contacts; self-management with the home programme.',
        reasons: [
          'Low STarT risk: advice, reassurance and a home programme, with few supervised visits.',
        ],
        evidence,
      };
    case 'medium':
      return {
        summary: 'About 6 physical therapy sessions over 6-8 weeks.',
        reasons: [
          'Medium STarT risk: physical therapy with exercise, and manual therapy where indicated.',
        ],
        evidence,
      };
    case 'high':
      return {
        summary: 'About 6-8 psychologically informed physical therapy sessions.',
        reasons: [
          'High STarT risk: physical therapy delivered with cognitive-behavioural principles.',
        ],
        evidence,
      };
    case null:
      return {
        summary: 'About 4-6 sessions; score STarT Back to match care to risk.',
        reasons: ['STarT Back not scored: contacts set to the middle pathway until it is.'],
        evidence,
      };
  }
}

/** When to discharge (progression.md review points), when every measure was taken. */
const PSFS_MET =
  'The patient-specific goals are met (PSFS activities at or near their pre-problem level).';
const ODI_CHANGE =
  'Important improvement in pain (NPRS 2 points or 30%) and disability (ODI 10 points or 30%) (ostelo-2008).';
const INDEPENDENT = 'The patient runs the home programme and the flare-up plan independently.';
const AT_12_WEEKS = 'Or at 12 weeks, with a maintenance programme and advice on when to return.';
export const DISCHARGE_CRITERIA: readonly string[] = [
  PSFS_MET,
  ODI_CHANGE,
  INDEPENDENT,
  AT_12_WEEKS,
];

/**
 * The discharge criteria naming only the measures that were taken; a missing baseline becomes a
 * criterion that schedules it and a note for the therapist (progression.md, ostelo-2008).
 */
export function dischargeCriteria(taken: {
  readonly odi: number | null;
  readonly rmdq: number | null;
  readonly psfs: boolean;
}): { criteria: string[]; notes: string[] } {
  const criteria: string[] = [];
  const notes: string[] = [];
  if (taken.psfs) criteria.push(PSFS_MET);
  else {
    criteria.push(
      'Record the PSFS (3-5 activities the patient finds hard, each rated 0-10) at the first visit; then its activities at or near their pre-problem level.',
    );
    notes.push('Take the baseline at the first visit: no PSFS activities were rated.');
  }
  if (taken.odi !== null) criteria.push(ODI_CHANGE);
  else if (taken.rmdq !== null)
    criteria.push(
      'Important improvement in pain (NPRS 2 points or 30%) and disability (RMDQ 5 points or 30%) (ostelo-2008).',
    );
  else {
    criteria.push(
      'Important improvement in pain (NPRS 2 points or 30%) (ostelo-2008), and in disability (ODI 10 points or 30%) from the baseline taken at the first visit.',
    );
    notes.push(
      'Take the baseline at the first visit: no disability questionnaire (ODI or RMDQ) was scored.',
    );
  }
  criteria.push(INDEPENDENT, AT_12_WEEKS);
  return { criteria, notes };
}
