import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way to report a new symptom at any time, with what it is for. */
export function ReportLink() {
  const { t } = useTranslation('patient');
  return (
    <p className="card">
      {t('report.linkIntro')} <Link to="/patient/report">{t('report.link')}</Link>
    </p>
  );
}
