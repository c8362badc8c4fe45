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
  if (p.focus !== null) lines.push(`Focus: ${p.focus}`);

  lines.push(heading('Measurable goals'));
  for (const goal of p.goals) {
    lines.push(
      `  - ${goal.label} by ${goal.by} (now ${goal.baseline}${goal.unit === '/10' || goal.unit === '%' ? goal.unit : ` ${goal.unit}`})`,
    );
  }
  if (p.clinicianNotes.length > 0) {
    lines.push(heading('For the therapist to do'));
    for (const n of p.clinicianNotes) lines.push(`  - ${n}`);
  }
  const unnoted = p.requests.filter((q) => !p.clinicianNotes.includes(q.message));
  if (unnoted.length > 0) {
    lines.push(heading("The patient's requests"));
    for (const q of unnoted) lines.push(`  - ${q.message}`);
  }

  lines.push(
    heading(`Home exercises (about ${p.minutes.planned} of ${p.minutes.budget} minutes a day)`),
  );
  for (const [i, e] of p.exercises.entries()) {
    lines.push(
      `  ${i + 1}. ${e.name} (${e.category}, level ${e.level})${e.centre ? ' - centre of the early plan' : ''}`,
    );
    lines.push(
      `       ${formatDose(e.dose)}, ${formatFrequency(e.frequency)}; about ${e.minutesPerDay} min a day`,
    );
    for (const st of e.stages) {
      const effort = st.effort === undefined ? '' : `; effort ${st.effort.min}-${st.effort.max}/10`;
      const load =
        st.loadIncreasePercentPerWeek === undefined
          ? ''
          : `; load +${st.loadIncreasePercentPerWeek.min}-${st.loadIncreasePercentPerWeek.max}% a week`;
      lines.push(`       weeks ${st.fromWeek}-${st.toWeek}: ${st.name}${effort}${load}`);
    }
    for (const r of e.reasons) lines.push(`       - ${r}`);
    lines.push(`       ${evidence(e.evidence)}`);
  }
  if (p.gradedExposure !== null) {
    lines.push(heading('Graded exposure (one step a week, whatever the pain that day)'));
    for (const st of p.gradedExposure.steps) {
      lines.push(`  wk ${st.week}: ${st.activity} (fear ${st.fear}/100)`);
    }
    lines.push(`  ${evidence(p.gradedExposure.evidence)}`);
  }

  const g = p.activityGoal;
  const style = [
    g.graded ? 'graded, time-contingent' : '',
    g.pattern === 'interval' ? 'intervals with rests' : '',
    g.forwardLean ? 'a slight forward lean' : '',
  ].filter((x) => x !== '');
  lines.push(
    heading(
      `Activity goal: ${words(g.activity)} to ${g.targetMinutesPerDay} min a day${style.length > 0 ? ` (${style.join(', ')})` : ''}`,
    ),
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
