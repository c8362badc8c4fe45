import { formatDose } from '@backplan/core';
import type { Kysely } from 'kysely';
import type { Database, PatientRow } from '../db/schema.js';
import { storedProposal } from '../presenters/daily.js';
import type { Decision } from '../presenters/decision.js';
import { ENGAGEMENT_ACTIONS } from './mark-engagement.js';

/** Most decisions the timeline shows [design]: months of weekly care. */
const MAX_DECISIONS = 200;

const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/**
 * A patient's decision trail, newest first: proposals accepted (with the dose) or rejected (with
 * the reason), alerts acknowledged (with the note), safety decisions (the outcome; one per
 * decision even when it closed several alerts), plan versions published, engagement marks. Read
 * from the rows the decisions wrote and their audit events; the caller audits the read.
 */
export async function listDecisions(props: {
  db: Kysely<Database>;
  patient: PatientRow;
}): Promise<Decision[]> {
  const { db, patient } = props;
  const proposals = await db
    .selectFrom('proposal')
    .leftJoin('user', 'user.id', 'proposal.decided_by')
    .select(['proposal.status', 'proposal.decided_at', 'proposal.exercise_id'])
    .select(['proposal.action', 'proposal.decision_note', 'proposal.proposal', 'user.name'])
    .where('proposal.clinic_id', '=', patient.clinic_id)
    .where('proposal.patient_id', '=', patient.id)
    .where('proposal.status', 'in', ['accepted', 'rejected'])
    .execute();
  const alerts = await db
    .selectFrom('alert')
    .leftJoin('user', 'user.id', 'alert.acknowledged_by')
    .select(['alert.type', 'alert.outcome', 'alert.note', 'alert.decided_at', 'alert.created_at'])
    .select(['alert.acknowledged_by', 'user.name'])
    .where('alert.clinic_id', '=', patient.clinic_id)
    .where('alert.patient_id', '=', patient.id)
    .where('alert.status', '=', 'acknowledged')
    .execute();
  const events = await db
    .selectFrom('audit_event as e')
    .leftJoin('user', 'user.id', 'e.user_id')
    .leftJoin('plan', (j) =>
      j.onRef('plan.clinic_id', '=', 'e.clinic_id').onRef('plan.id', '=', 'e.resource_id'),
    )
    .select(['e.id', 'e.action', 'e.at', 'e.request_id', 'user.name', 'plan.version'])
    .where('e.clinic_id', '=', patient.clinic_id)
    .where('e.patient_id', '=', patient.id)
    .where('e.action', 'in', [
      'plan.publish',
      'proposal.decide',
      ENGAGEMENT_ACTIONS.disengaged,
      ENGAGEMENT_ACTIONS.engaged,
    ])
    .execute();

  // Newest first; at the same instant, by the audit event's id, which follows the order of writes.
  const decisions: (Decision & { seq?: string })[] = [];
  for (const p of proposals) {
    const accepted = p.status === 'accepted';
    const dose = accepted ? storedProposal(p).change?.dose : undefined;
    decisions.push({
      kind: accepted ? 'proposal-accepted' : 'proposal-rejected',
      at: p.decided_at ?? '',
      byName: p.name,
      exerciseId: p.exercise_id,
      action: p.action,
      ...optional('doseText', dose === undefined ? null : formatDose(dose)),
      ...optional(accepted ? 'note' : 'reason', p.decision_note),
    });
  }
  const safetySeen = new Set<string>();
  for (const a of alerts) {
    const at = a.decided_at ?? a.created_at;
    if (a.outcome !== null) {
      // One decision closes every open red-flag alert of the patient: show it once.
      const key = `${at}|${a.acknowledged_by ?? ''}|${a.outcome}`;
      if (safetySeen.has(key)) continue;
      safetySeen.add(key);
    }
    decisions.push({
      kind: a.outcome === null ? 'alert-acknowledged' : 'safety-decision',
      at,
      byName: a.name,
      alertType: a.type,
      ...optional('outcome', a.outcome),
      ...optional('note', a.note),
    });
  }
  // A plan version made by accepting a proposal is that decision, already listed.
  const accepts = new Set(
    events.filter((e) => e.action === 'proposal.decide').map((e) => e.request_id),
  );
  for (const e of events) {
    if (e.action === 'plan.publish' && !accepts.has(e.request_id)) {
      decisions.push({
        kind: 'plan-published',
        at: e.at,
        seq: e.id,
        byName: e.name,
        ...optional('planVersion', e.version),
      });
    } else if (e.action !== 'plan.publish' && e.action !== 'proposal.decide') {
      const disengaged = e.action === ENGAGEMENT_ACTIONS.disengaged;
      decisions.push({
        kind: 'engagement',
        at: e.at,
        seq: e.id,
        byName: e.name,
        action: disengaged ? 'disengaged' : 'engaged',
      });
    }
  }
  const key = (d: { at: string; seq?: string }) => `${d.at}|${d.seq ?? ''}`;
  return decisions
    .sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0))
    .slice(0, MAX_DECISIONS)
    .map(({ seq: _seq, ...d }) => d);
}
