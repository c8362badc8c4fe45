import { EVIDENCE, isEvidenceId } from '@backplan/core';
import { useTranslation } from 'react-i18next';

/** Evidence ids as the core cites them, each with its short source name for a tooltip. */
export function EvidenceIds({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation('intake');
  if (ids.length === 0) return null;
  return (
    <p className="evidence">
      <span className="evidence__label">{t('evidence.label')}</span>{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i === 0 ? '' : ', '}
          <abbr className="evidence__id" title={isEvidenceId(id) ? EVIDENCE[id].short : undefined}>
            {id}
          </abbr>
        </span>
      ))}
    </p>
  );
}

/** A conclusion's reasons (sentences a clinician can check) and the sources behind them. */
export function Reasoned(props: {
  reasons: readonly string[];
  evidence: readonly string[];
  className?: string;
}) {
  return (
    <div className={props.className ?? 'reasoned'}>
      {props.reasons.length === 0 ? null : (
        <ul className="reasons">
          {props.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
      <EvidenceIds ids={props.evidence} />
    </div>
  );
}
