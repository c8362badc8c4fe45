import type { Catalog } from '../catalog/types.js';
import type { Engagement } from './engagement.js';
import { proposeForExercise, regressExercise, type Session } from './exercise-proposal.js';
import type { PlanForProgress } from './plan-for-progress.js';
import { ENGAGEMENT } from './rules.js';
import type { ExerciseProposal } from './types.js';

type PlanExercise = PlanForProgress['exercises'][number];

/**
 * One exercise's proposal from recent data only (progression.md) [design]: nothing changes while
 * the patient is disengaged (marked, or no session for 14 days); the first session back after 3
 * weeks away restarts one step easier; otherwise only sessions of the last 14 days are judged,
 * by the pain-monitoring rule (`proposeForExercise`). `recentFrom` is the first day whose
 * sessions still count, 14 days before the evaluation.
 */
export function proposeFromRecent(
  item: PlanExercise,
  sessions: readonly Session[],
  engagement: Engagement & { readonly marked: boolean },
  recentFrom: string,
  catalog: Catalog,
): ExerciseProposal {
  const hold = (reason: string): ExerciseProposal => ({
    exerciseId: item.exerciseId,
    name: item.name,
    action: 'hold',
    reasons: [reason],
    evidence: ['silbernagel-2007'],
  });
  if (engagement.marked)
    return hold('The patient is marked disengaged: no change until they are logging again.');
  if (engagement.disengaged)
    return hold(
      engagement.last === undefined
        ? `No session logged in the ${engagement.daysSince} days since the plan started: no change until the patient is logging.`
        : `No session since ${engagement.last} (${engagement.daysSince} days): the patient counts as disengaged, so no change until they are logging again.`,
    );
  if (engagement.returnedAfterDays !== null)
    return regressExercise(item, catalog, [
      `First session back after ${engagement.returnedAfterDays} days away: restart one step easier (${ENGAGEMENT.easierAfterDaysAway}+ days away) [design].`,
    ]);
  const recent = sessions.filter((s) => s.entry.performedOn >= recentFrom);
  const last = sessions.at(-1);
  if (recent.length === 0 && last !== undefined)
    return hold(
      `Last logged on ${last.entry.performedOn}, more than ${ENGAGEMENT.recentSessionDays} days ago: no change from old sessions.`,
    );
  return proposeForExercise(item, recent, catalog);
}
