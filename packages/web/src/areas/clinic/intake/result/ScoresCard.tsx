import {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  type AssessmentResult,
  type InstrumentId,
  type ScoreOutcome,
} from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { Reasoned } from '../Reasoned';
import { ScoreValue } from '../ScoreValue';

function ScoreRow(props: { id: InstrumentId; label: string; outcome: ScoreOutcome }) {
  const { t } = useTranslation('intake');
  const def = INSTRUMENTS[props.id];
  return (
    <li className="score-row">
      <div className="score-row__head">
        <span className="score-row__name">{props.label}</span>
        {props.outcome.ok ? (
          <ScoreValue def={def} result={props.outcome.value} />
        ) : (
          <span>
            <span className="badge badge--warn">
              <span aria-hidden="true">⚠</span> {t('scores.notScored')}
            </span>{' '}
            {props.outcome.error.message}
          </span>
        )}
      </div>
      {props.outcome.ok ? (
        <details>
          <summary>{t('scores.why')}</summary>
          <Reasoned reasons={props.outcome.value.reasons} evidence={props.outcome.value.evidence} />
        </details>
      ) : null}
    </li>
  );
}

/** Every score of the assessment with its band (pain first), each with how it was reached. */
export function ScoresCard({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation('intake');
  const scored = INSTRUMENT_IDS.flatMap((id) => {
    const outcome = result.scores[id];
    return outcome === undefined ? [] : [{ id, outcome }];
  });
  return (
    <section className="card stack" aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t('scores.title')}</h2>
      <ul className="score-list">
        <ScoreRow id="nprs" label={t('scores.painNow')} outcome={result.pain.now} />
        {result.pain.worst24h === null ? null : (
          <ScoreRow id="nprs" label={t('scores.painWorst')} outcome={result.pain.worst24h} />
        )}
        {scored.map(({ id, outcome }) => (
          <ScoreRow key={id} id={id} label={INSTRUMENTS[id].abbreviation} outcome={outcome} />
        ))}
      </ul>
      {scored.length === 0 ? <p className="muted">{t('scores.none')}</p> : null}
    </section>
  );
}
