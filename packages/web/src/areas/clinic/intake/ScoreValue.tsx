import type { InstrumentDefinition, RiskLevel, ScoreResult } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../format';

const RISK_TONE: Record<RiskLevel, { tone: string; icon: string }> = {
  low: { tone: 'ok', icon: '▽' },
  medium: { tone: 'warn', icon: '◇' },
  high: { tone: 'danger', icon: '▲' },
};

/** The most a subscale can score: the best option of each of its items. */
function subscaleMax(def: InstrumentDefinition, items: readonly number[]): number {
  return items.reduce(
    (sum, n) => sum + Math.max(0, ...(def.items[n - 1]?.options.map((o) => o.score) ?? [])),
    0,
  );
}

export function RiskBadge({ risk }: { risk: RiskLevel }) {
  const { t } = useTranslation('intake');
  const look = RISK_TONE[risk];
  return (
    <span className={`badge badge--${look.tone}`}>
      <span aria-hidden="true">{look.icon}</span> {t(`risk.${risk}`)}
    </span>
  );
}

/**
 * A questionnaire's score as the core computed it: the number on its scale, the band, the
 * STarT risk and the subscales. Used while the form is filled and on the result.
 */
export function ScoreValue({ def, result }: { def: InstrumentDefinition; result: ScoreResult }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const percent = def.scoring.method.kind === 'percent';
  return (
    <span className="score-value">
      <strong>
        {percent
          ? t('score.percent', { score: f.number(result.score) })
          : t('score.outOf', { score: f.number(result.score), max: f.number(def.range.max) })}
      </strong>
      {result.band === undefined ? null : (
        <span className="badge badge--info">{result.band.label}</span>
      )}
      {result.risk === undefined ? null : <RiskBadge risk={result.risk} />}
      {(def.scoring.subscales ?? []).map((s) => {
        const value = result.subscales[s.id];
        if (value === undefined) return null;
        return (
          <span key={s.id} className="muted">
            {t('score.subscale', {
              label: s.label,
              score: f.number(value),
              max: f.number(subscaleMax(def, s.items)),
            })}
          </span>
        );
      })}
    </span>
  );
}
