import type { AssessmentResult, InstrumentId, ScoreOutcome } from '@backplan/core';
import { detail, evidence, row } from './text.js';

const NAMES: Record<InstrumentId, string> = {
  nprs: 'Pain',
  odi: 'ODI',
  rmdq: 'RMDQ',
  startback: 'STarT Back',
  fabq: 'FABQ',
  psfs: 'PSFS',
  pseq: 'PSEQ',
};

function describe(outcome: ScoreOutcome): string {
  if (!outcome.ok) return `not scoreable: ${outcome.error.message}`;
  const s = outcome.value;
  const band = s.band ? ` (${s.band.label})` : '';
  switch (s.instrument) {
    case 'nprs':
      return `${s.score}/10${band}`;
    case 'odi':
      return `${s.score.toFixed(1)}%${band}`;
    case 'rmdq':
      return `${s.score}/24`;
    case 'startback':
      return `total ${s.total ?? s.score}/9, psychosocial ${s.subscales.psychosocial ?? 0}/5: ${s.risk ?? ''} risk`;
    case 'fabq':
      return `physical activity ${s.subscales.physicalActivity ?? 0}/24, work ${s.subscales.work ?? 0}/42`;
    case 'psfs':
      return `mean ${s.score.toFixed(1)}/10 over ${s.answered} activities`;
    case 'pseq':
      return `${s.score}/60${band}`;
  }
}

/** One line per scored measure. */
export function formatScores(r: AssessmentResult): string[] {
  const lines = [row('Pain now', describe(r.pain.now))];
  if (r.pain.worst24h !== null) lines.push(row('Worst 24 h', describe(r.pain.worst24h)));
  for (const [id, outcome] of Object.entries(r.scores) as [InstrumentId, ScoreOutcome][]) {
    lines.push(row(NAMES[id], describe(outcome)));
  }
  return lines;
}

/** The two prediction rules with their criteria, likelihood ratios and caveats. */
export function formatPredictionRules(r: AssessmentResult): string[] {
  const lines: string[] = [];
  for (const rule of [r.predictionRules.manipulation, r.predictionRules.stabilisation]) {
    const verdict = `${rule.positive ? 'POSITIVE' : 'negative'}, ${rule.criteriaMet}/${rule.criteria.length} criteria`;
    const lr = rule.likelihoodRatios.map((l) => `LR+ ${l.value} (${l.context})`).join(', ');
    lines.push(
      row(
        rule.name.replace(' prediction rule', ''),
        `${verdict}${lr ? `; ${lr}` : ''} ${evidence(rule.evidence)}`,
      ),
    );
    lines.push(
      ...detail(
        rule.criteria.map(
          (c) =>
            `${c.status === 'met' ? '[x]' : c.status === 'unknown' ? '[?]' : '[ ]'} ${c.label}: ${c.detail}`,
        ),
        ' ',
      ),
    );
    lines.push(...detail(rule.caveats, '!'));
  }
  return lines;
}
