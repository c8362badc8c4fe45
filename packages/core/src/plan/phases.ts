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

/** The three phases with what each aims for. */
export function planPhases(ctx: PlanContext): Phase[] {
  const settle = [
    'Do the home programme on most days and log each session.',
    'Learn what normal exercise soreness feels like, and that it settles by the next morning.',
    'Read the week-one lessons.',
  ];
  if (ctx.preference !== null)
    settle.unshift(`Use ${ctx.preference} exercises to ease and centralise the symptoms.`);
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
      targets: [
        'Progress one exercise variable at a time when sessions are comfortable and effort is moderate.',
        'Reach the activity target of each week.',
        'Review at weeks 4 to 6: re-measure pain and disability.',
      ],
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

/** When to discharge (progression.md review points). */
export const DISCHARGE_CRITERIA: readonly string[] = [
  'The patient-specific goals are met (PSFS activities at or near their pre-problem level).',
  'Important improvement in pain (NPRS 2 points or 30%) and disability (ODI 10 points or 30%) (ostelo-2008).',
  'The patient runs the home programme and the flare-up plan independently.',
  'Or at 12 weeks, with a maintenance programme and advice on when to return.',
];
