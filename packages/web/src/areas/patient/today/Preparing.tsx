import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../../../ui/use-title';
import type { Today } from '../patient-api';
import { ReportLink } from '../report/ReportLink';
import { DecisionMessage } from './DecisionMessage';
import { SavedBanner } from './SavedBanner';
import { TherapistNotes } from './TodayExtras';

/** Before the therapist publishes a programme there is nothing to do yet: say so kindly. */
export function Preparing({ day }: { day: Today }) {
  const { t } = useTranslation('patient');
  useTitle(t('today.title'));
  return (
    <div className="patient-page stack">
      <h1>{t('noPlan.title')}</h1>
      <SavedBanner />
      {day.lastDecision === null ? null : <DecisionMessage decision={day.lastDecision} />}
      <div className="card stack">
        <p>{t('noPlan.body')}</p>
        <p>{t('noPlan.meanwhile')}</p>
        <p>
          <Link to="/patient/lessons">{t('noPlan.lessons')}</Link>
        </p>
      </div>
      <TherapistNotes notes={day.feedback} />
      <ReportLink />
    </div>
  );
}
