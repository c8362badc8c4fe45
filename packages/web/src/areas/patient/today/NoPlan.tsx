import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../../../ui/use-title';

/** Before the therapist publishes a plan there is nothing to do yet: say so kindly. */
export function NoPlan() {
  const { t } = useTranslation('patient');
  useTitle(t('today.title'));
  return (
    <div className="patient-page stack">
      <h1>{t('noPlan.title')}</h1>
      <div className="card stack">
        <p>{t('noPlan.body')}</p>
        <p>{t('noPlan.meanwhile')}</p>
        <p>
          <Link to="/patient/lessons">{t('noPlan.lessons')}</Link>
        </p>
      </div>
    </div>
  );
}
