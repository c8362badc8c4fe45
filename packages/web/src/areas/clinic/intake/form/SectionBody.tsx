import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../api/client';
import type { SectionProps } from './draft';
import { ExamSection } from './ExamSection';
import { GoalsSection } from './GoalsSection';
import { HistorySection } from './HistorySection';
import { QuestionnairesSection } from './QuestionnairesSection';
import { RedFlagsSection } from './RedFlagsSection';
import { assessmentPath, stepOfPath, type Step } from './steps';

function Section({ step, ...props }: SectionProps & { step: Step }) {
  switch (step) {
    case 'history':
      return <HistorySection {...props} />;
    case 'red-flags':
      return <RedFlagsSection {...props} />;
    case 'questionnaires':
      return <QuestionnairesSection {...props} />;
    case 'examination':
      return <ExamSection {...props} />;
    case 'goals':
      return <GoalsSection {...props} />;
  }
}

/**
 * One section of the form: its heading (focused when the therapist moves here), a summary of
 * the problems in it, and its fields. Problems the form has no field for are listed in full.
 */
export function SectionBody(props: SectionProps & { step: Step; error: ApiError | null }) {
  const { t } = useTranslation('intake');
  const here = (props.error?.fields ?? []).filter((f) => stepOfPath(f.path) === props.step);
  const unplaced = here.filter((f) => assessmentPath(f.path) === null);
  return (
    <>
      <h2 id="intake-step-heading" tabIndex={-1}>
        {t(`steps.${props.step}`)}
      </h2>
      {here.length === 0 ? null : (
        <div className="banner banner--danger" role="alert">
          <span className="banner__icon" aria-hidden="true">
            !
          </span>
          <div>
            <p>{t('validation.inSection', { count: here.length })}</p>
            {unplaced.length === 0 ? null : (
              <ul>
                {unplaced.map((f) => (
                  <li key={f.path}>
                    {f.path}: {f.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <Section step={props.step} draft={props.draft} update={props.update} />
    </>
  );
}
