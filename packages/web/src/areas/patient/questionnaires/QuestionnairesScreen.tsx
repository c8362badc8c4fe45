import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { formatDay } from '../dates';
import { usePatientId } from '../patient-api';
import { hasDraft } from './draft';
import { useDueQuestionnaires, whyKey } from './questionnaire-api';
import './questionnaires.css';

/** The questionnaires due now (`/patient/questionnaires`), each with why, in plain words. */
export function QuestionnairesScreen() {
  const { t, i18n } = useTranslation('patient');
  useTitle(t('questionnaires.title'));
  const patientId = usePatientId();
  const due = useDueQuestionnaires();

  const header = (
    <div>
      <h1>{t('questionnaires.title')}</h1>
      <p>{t('questionnaires.listIntro')}</p>
    </div>
  );
  if (due.isPending)
    return (
      <div className="patient-page stack">
        {header}
        <Loading />
      </div>
    );
  if (due.isError) {
    return (
      <div className="patient-page stack">
        {header}
        <ErrorState error={due.error} retry={() => void due.refetch()} />
      </div>
    );
  }
  const list = due.data.questionnaires;
  const nextOn = due.data.nextOn;
  return (
    <div className="patient-page stack">
      {header}
      {list.length === 0 ? (
        <EmptyState title={t('questionnaires.noneTitle')}>
          <p>
            {nextOn === null
              ? t('questionnaires.noneBody')
              : t('questionnaires.noneNext', { date: formatDay(nextOn, i18n.language) })}
          </p>
          <Link className="button" to="/patient">
            {t('questionnaires.backToToday')}
          </Link>
        </EmptyState>
      ) : (
        <ul className="qn-list">
          {list.map((q) => {
            const name = t(`questionnaires.name.${q.instrument}`);
            const started = hasDraft(`${patientId}:${q.instrument}:${q.dueSince}`, q.items.length);
            return (
              <li key={q.instrument} className="card stack">
                <h2>{name}</h2>
                <p>{t(whyKey(q))}</p>
                <p className="muted">
                  {t('questionnaires.size', { count: q.items.length })}{' '}
                  {t(`questionnaires.time.${q.instrument}`)}
                </p>
                <Link
                  className="button patient-big qn-list__start"
                  to={`/patient/questionnaires/${q.instrument}`}
                  aria-label={t(
                    started ? 'questionnaires.continueNamed' : 'questionnaires.startNamed',
                    { name },
                  )}
                >
                  {started ? t('questionnaires.continue') : t('questionnaires.start')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
