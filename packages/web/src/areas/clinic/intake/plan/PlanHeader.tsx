import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormats } from '../../format';
import { paths } from '../../paths';
import { usePatientName } from '../PatientTrail';
import type { PlanVersion } from '../../api-types';

/** The plan's name, version and status, and where it came from. */
export function PlanHeader({ version, patientId }: { version: PlanVersion; patientId: string }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const name = usePatientName(patientId);
  const active = version.status === 'active';
  const draft = version.status === 'draft';
  return (
    <div>
      <h1>{t('plan.heading', { name })}</h1>
      <p className="row">
        <span className="badge badge--info">
          {t('plan.versionShort', { version: version.version })}
        </span>
        <span className={`badge badge--${active ? 'ok' : draft ? 'info' : 'warn'}`}>
          <span aria-hidden="true">{active ? '●' : draft ? '✎' : '○'}</span>{' '}
          {t(`plan.status.${version.status}`)}
        </span>
        <span className="muted">
          {t('plan.meta', {
            date: f.day(version.createdAt.slice(0, 10)),
            rules: version.ruleVersion,
            catalogue: version.plan.catalogVersion,
          })}
        </span>
      </p>
      <p>
        <Link to={paths.assessment(patientId, version.assessmentId)}>
          {t('plan.fromAssessment')}
        </Link>
        {' · '}
        <Link to={paths.dashboard(patientId)}>{t('plan.toDashboard')}</Link>
      </p>
    </div>
  );
}
