import type { InstrumentDefinition, ScoreOutcome } from '@backplan/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScoreValue } from '../ScoreValue';
import { Checkbox } from './controls';

/**
 * One questionnaire of the form: its name, the switch that includes it, what it asks, and (once
 * included) its score as the core computes it while answers come in, above its questions.
 */
export function QuestionnaireCard(props: {
  id: string;
  def: InstrumentDefinition;
  included: boolean;
  onInclude: (included: boolean) => void;
  outcome: ScoreOutcome;
  /** Said before the score, e.g. how many items are answered. */
  progress?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('intake');
  const { def, outcome } = props;
  const headingId = `intake-q-${props.id}`;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="row row--between">
        <h3 id={headingId}>
          {def.abbreviation} <span className="muted">· {def.name}</span>
        </h3>
        <Checkbox
          label={t('questionnaires.include', { name: def.abbreviation })}
          checked={props.included}
          onChange={props.onInclude}
        />
      </div>
      <p className="muted">
        {def.description}
        {def.recallPeriod === undefined
          ? ''
          : ` ${t('questionnaires.recall', { period: def.recallPeriod })}`}
      </p>
      {!props.included ? null : (
        <>
          <p className="score-line" role="status" aria-live="polite">
            {props.progress === undefined ? null : <span>{props.progress}</span>}
            {outcome.ok ? (
              <ScoreValue def={def} result={outcome.value} />
            ) : (
              <span className="muted">{t('questionnaires.scoreWhenComplete')}</span>
            )}
          </p>
          {props.children}
        </>
      )}
    </section>
  );
}
