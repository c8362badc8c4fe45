import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../dates';
import { useMeasures } from '../patient-api';
import type { DueQuestionnaire, QuestionnaireResponse } from './questionnaire-api';

/**
 * After sending: thanks, the score in plain words (out of what, and which way is better), the
 * score of the time before when there is one, and the way back to today.
 */
export function ThankYou(props: {
  response: QuestionnaireResponse;
  remaining: readonly DueQuestionnaire[];
}) {
  const { response: r, remaining } = props;
  const { t, i18n } = useTranslation('patient');
  const measures = useMeasures();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const before = measures.data
    ?.filter((m) => m.kind === r.instrument && m.id !== r.id && m.takenOn <= r.takenOn)
    .at(-1);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const next = remaining[0];
  return (
    <div className="patient-page stack">
      <h1 ref={heading} tabIndex={-1}>
        {t('questionnaires.thanksTitle')}
      </h1>
      <div className="banner banner--ok" role="status">
        <span className="banner__icon" aria-hidden="true">
          ✓
        </span>
        <p>{t('questionnaires.saved')}</p>
      </div>
      <section className="card stack" aria-labelledby="qn-score-heading">
        <h2 id="qn-score-heading">{t(`questionnaires.name.${r.instrument}`)}</h2>
        <p className="qn-score">
          {t('questionnaires.score', { score: number(r.score), max: number(r.range.max) })}
        </p>
        <p>
          {t(`questionnaires.meaning.${r.instrument}`)}{' '}
          <strong>
            {r.higherIsBetter ? t('questionnaires.higherBetter') : t('questionnaires.lowerBetter')}
          </strong>
        </p>
        {before === undefined ? null : (
          <p>
            {t('questionnaires.before', {
              score: number(before.value),
              date: formatDay(before.takenOn, i18n.language, { day: 'numeric', month: 'long' }),
            })}
          </p>
        )}
        <p className="muted">{t('questionnaires.therapistSees')}</p>
      </section>
      {next === undefined ? null : (
        <p>
          <Link
            className="button button--secondary button--block"
            to={`/patient/questionnaires/${next.instrument}`}
          >
            {t('questionnaires.nextOne', { name: t(`questionnaires.name.${next.instrument}`) })}
          </Link>
        </p>
      )}
      <Link className="button button--block patient-cta" to="/patient">
        {t('questionnaires.backToToday')}
      </Link>
    </div>
  );
}
