import {
  formatDose,
  formatFrequency,
  RED_FLAG_QUESTIONS,
  type Plan,
  type PlanRefusal,
  type RedFlagQuestionId,
} from '@backplan/core';

function questionText(id: RedFlagQuestionId): string {
  return RED_FLAG_QUESTIONS.find((q) => q.id === id)?.text ?? '';
}
import { evidence, heading } from './text.js';

const words = (s: string) => s.replaceAll('-', ' ');

/** The plan as a physical therapist reads it: what, how much, why, and when to review. */
export function formatPlan(p: Plan): string {
  const c = p.context;
  const lines: string[] = [];
  lines.push(
    `Backplan plan${p.assessmentId === null ? '' : ` for ${p.assessmentId}`}, starting ${p.startDate} (rules ${p.ruleSetVersion}, catalogue ${p.catalogVersion})`,
  );
  lines.push(
    `${words(c.approach)} | STarT ${c.risk ?? 'not scored'} | ${c.stage} | ${words(c.tolerance)} | directional preference: ${c.preference ?? 'none'}${c.avoid.length > 0 ? ` (avoid ${c.avoid.join(', ')})` : ''}`,
  );
  lines.push(`Review on ${p.reviewDate}; discharge by ${p.dischargeBy}.`);
  for (const r of p.referrals) lines.push(`REFERRAL: ${r.flagName}: ${r.action}`);

  lines.push(
    heading(`Home exercises (about ${p.minutes.planned} of ${p.minutes.budget} minutes a day)`),
  );
  for (const [i, e] of p.exercises.entries()) {
    lines.push(`  ${i + 1}. ${e.name} (${e.category}, level ${e.level})`);
    lines.push(
      `       ${formatDose(e.dose)}, ${formatFrequency(e.frequency)}; about ${e.minutesPerDay} min a day`,
    );
    for (const r of e.reasons) lines.push(`       - ${r}`);
    lines.push(`       ${evidence(e.evidence)}`);
  }

  const g = p.activityGoal;
  lines.push(
    heading(`Activity goal: ${words(g.activity)}${g.graded ? ' (graded, time-contingent)' : ''}`),
  );
  const shown = g.weeks.filter((w) => [1, 2, 4, 6, 8, 10, 12].includes(w.week));
  lines.push(
    `  ${shown.map((w) => `wk ${w.week}: ${w.minutesPerDay} min${w.bouts > 1 ? ` in ${w.bouts} bouts` : ''}`).join(' | ')}  (${g.weeks[0]?.daysPerWeek ?? 5} days a week)`,
  );
  for (const r of g.reasons) lines.push(`  - ${r}`);
  lines.push(`  ${evidence(g.evidence)}`);

  lines.push(heading('Education'));
  for (const week of [...new Set(p.lessons.map((l) => l.week))]) {
    lines.push(
      `  Week ${week}: ${p.lessons
        .filter((l) => l.week === week)
        .map((l) => l.title)
        .join('; ')}`,
    );
  }

  lines.push(heading('For the therapist: in clinic and self-care'));
  lines.push(`  Contacts: ${p.clinicContacts.summary}`);
  if (p.interventions.length === 0) lines.push('  No additional interventions suggested.');
  for (const i of p.interventions) {
    lines.push(
      `  - ${i.name} (${i.status}, ${i.setting}${i.onlyWithExercise ? ', only alongside exercise' : ''}): ${i.reasons.join(' ')} ${evidence(i.evidence)}`,
    );
  }

  lines.push(heading('Phases'));
  for (const ph of p.phases) {
    lines.push(`  Weeks ${ph.fromWeek}-${ph.toWeek}, ${ph.name}:`);
    for (const t of ph.targets) lines.push(`    - ${t}`);
  }
  lines.push(heading('Discharge when'));
  for (const d of p.dischargeCriteria) lines.push(`  - ${d}`);
  lines.push(heading('Why this plan'));
  for (const r of p.reasons) lines.push(`  - ${r}`);
  lines.push(`  ${evidence(p.evidence)}`);
  return `${lines.join('\n')}\n`;
}

/** Why no plan was made, with what to do instead. */
export function formatRefusal(r: PlanRefusal): string {
  const lines = [`No plan: ${r.message}`];
  switch (r.kind) {
    case 'invalid-options':
      break;
    case 'incomplete-screen':
      lines.push(`  Unanswered red-flag questions (${r.unanswered.length}):`);
      for (const id of r.unanswered) lines.push(`  - ${id}: ${questionText(id)}`);
      lines.push(
        '  Answer each in the assessment\'s redFlags: true, false, or { "notAsked": "reason" }.',
      );
      break;
    case 'emergency-triage':
    case 'urgent-triage-not-reviewed':
      for (const f of r.findings) lines.push(`  - ${f.flagName} (${f.level}): ${f.action}`);
      if (r.kind === 'urgent-triage-not-reviewed') {
        lines.push(
          '  Record the review with --reviewed-by NAME --reviewed-on DATE --review-outcome TEXT.',
        );
      }
      break;
  }
  return `${lines.join('\n')}\n`;
}
