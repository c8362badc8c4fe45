import {
  CATALOG,
  formatDose,
  type AlertAction,
  type DoseVariable,
  type ProgressReport,
} from '@backplan/core';
import { evidence, heading } from './text.js';

const VARIABLE: Record<DoseVariable, (n: number) => string> = {
  reps: (n) => `${n} repetitions`,
  sets: (n) => `${n} sets`,
  holdSeconds: (n) => `${n} s holds`,
  minutes: (n) => `${n} min`,
  metres: (n) => `${n} m`,
  level: (n) => `level ${n}`,
};
const nameOf = (id: string) => CATALOG.exercises.find((e) => e.id === id)?.name ?? id;

const ACTION = { progress: 'PROGRESS', hold: 'HOLD    ', regress: 'REGRESS ' } as const;
const LEVEL = { critical: 'CRITICAL', high: 'HIGH    ', warning: 'WARNING ' } as const;
const ALERT_ACTION = {
  'mark-disengaged': 'mark the patient disengaged (re-run with --disengaged once done)',
} as const satisfies Record<AlertAction, string>;

/** Proposals and alerts as a therapist reads them, most urgent first. */
export function formatProgress(r: ProgressReport): string {
  const lines = [
    `Progress as of ${r.asOf}, week ${r.weekOfPlan} of the plan (rules ${r.ruleSetVersion})`,
  ];
  lines.push(heading('Alerts'));
  if (r.alerts.length === 0) lines.push('  None.');
  const order = { critical: 0, high: 1, warning: 2 } as const;
  for (const a of [...r.alerts].sort((x, y) => order[x.level] - order[y.level])) {
    lines.push(`  ${LEVEL[a.level]} ${a.type}: ${a.message}`);
    if (a.action !== undefined) lines.push(`           Action: ${ALERT_ACTION[a.action]}`);
  }
  if (r.rescreen !== null) {
    const rs = r.rescreen;
    lines.push(
      heading(
        `Re-screen: triage ${rs.triage.toUpperCase()}, safety state ${rs.safety.toUpperCase()}`,
      ),
    );
    lines.push(`  Symptoms reported up to ${rs.reportedOn}: ${rs.symptoms.join(', ')}`);
    if (rs.safety !== 'clear') {
      lines.push('  The programme is paused until a clinician records the outcome.');
    }
    for (const f of rs.findings) {
      const isNew = rs.newFindings.some((n) => n.flag === f.flag);
      lines.push(`  - ${isNew ? 'NEW ' : ''}${f.flagName} (${f.level}): ${f.action}`);
    }
  }
  lines.push(heading('Proposals (for the therapist to accept or reject)'));
  for (const p of r.proposals) {
    const change =
      p.change === undefined
        ? ''
        : p.change.toExerciseId !== undefined
          ? `: move to ${nameOf(p.change.toExerciseId)} (${formatDose(p.change.dose)})`
          : `: ${VARIABLE[p.change.variable](p.change.from)} -> ${VARIABLE[p.change.variable](p.change.to)} (now ${formatDose(p.change.dose)})`;
    lines.push(`  ${ACTION[p.action]} ${p.name}${change}`);
    for (const reason of p.reasons) lines.push(`             - ${reason}`);
    lines.push(`             ${evidence(p.evidence)}`);
  }
  if (r.measures.length > 0) {
    lines.push(heading('Repeated measures'));
    for (const m of r.measures) {
      const verdict =
        m.change === null ? 'no rule for important change' : m.change.verdict.replaceAll('-', ' ');
      lines.push(
        `  ${m.instrument.toUpperCase()}: ${m.from.score} (${m.from.takenOn}) -> ${m.to.score} (${m.to.takenOn}): ${verdict}`,
      );
    }
  }
  if (r.reviewPrompts.length > 0) {
    lines.push(heading('Review'));
    for (const p of r.reviewPrompts) lines.push(`  - ${p.message}`);
  }
  return `${lines.join('\n')}\n`;
}
