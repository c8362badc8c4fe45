import { useTranslation } from 'react-i18next';
import { STEPS, type Step } from './steps';

/** The sections as a list of steps: where the therapist is, and which need another look. */
export function StepList(props: {
  current: Step;
  withErrors: ReadonlySet<Step>;
  onGo: (step: Step) => void;
}) {
  const { t } = useTranslation('intake');
  const index = STEPS.indexOf(props.current);
  return (
    <nav aria-label={t('form.stepsLabel')} className="steps">
      <p className="steps__progress">{t('form.progress', { n: index + 1, total: STEPS.length })}</p>
      <ol>
        {STEPS.map((step, i) => {
          const current = step === props.current;
          const bad = props.withErrors.has(step);
          return (
            <li key={step}>
              <button
                type="button"
                className={`steps__button${current ? ' steps__button--current' : ''}${bad ? ' steps__button--error' : ''}`}
                aria-current={current ? 'step' : undefined}
                onClick={() => {
                  props.onGo(step);
                }}
              >
                <span className="steps__number" aria-hidden="true">
                  {bad ? '!' : i + 1}
                </span>
                <span className="steps__label">{t(`steps.${step}`)}</span>
                {bad ? <span className="visually-hidden">{t('form.needsAttention')}</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
