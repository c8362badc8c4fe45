import { useTranslation } from 'react-i18next';
import { QuestionField } from './QuestionField';
import type { DueQuestionnaire } from './questionnaire-api';

/**
 * The phone's way through a questionnaire: where the patient is ("question 3 of 10", the heading
 * that takes focus on each step), the one question, and back and next. Next says "skip" when the
 * question may be left out, and "send" on the last one; the form decides what each does.
 */
export function OneAtATime(props: {
  questionnaire: DueQuestionnaire;
  step: number;
  value: number | null;
  skippable: boolean;
  hint: string;
  error: string | undefined;
  sending: boolean;
  onAnswer: (value: number) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation('patient');
  const { questionnaire: q, step, value, skippable, hint, error, sending } = props;
  const item = q.items[step];
  if (item === undefined) return null;
  const total = q.items.length;
  const last = step === total - 1;
  const label = sending
    ? t('log.saving')
    : last
      ? t('questionnaires.send')
      : skippable
        ? t('questionnaires.skip')
        : t('questionnaires.next');
  return (
    <div className="stack">
      <div className="qn-progress">
        <h2 id="qn-step-heading" tabIndex={-1}>
          {t('questionnaires.progress', { n: step + 1, total })}
        </h2>
        <div className="qn-progress__bar" aria-hidden="true">
          <span style={{ width: `${String(((step + 1) / total) * 100)}%` }} />
        </div>
      </div>
      <div className="card">
        <QuestionField
          key={item.id}
          item={item}
          index={step}
          hint={hint}
          value={value}
          onChange={props.onAnswer}
          error={error}
        />
      </div>
      <div className="qn-nav">
        {step === 0 ? null : (
          <button
            type="button"
            className="button button--secondary patient-big"
            onClick={props.onBack}
          >
            <span aria-hidden="true">← </span>
            {t('questionnaires.back')}
          </button>
        )}
        <button type="submit" className="button patient-big" disabled={sending}>
          {label}
          {last ? null : <span aria-hidden="true"> →</span>}
        </button>
      </div>
    </div>
  );
}
