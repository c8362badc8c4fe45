import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { useFormats } from '../format';
import { paths } from '../paths';
import { useAssessments, usePlans } from '../queries';
import { PlanVersionList } from './PlanVersionList';
import { PatientTrail, usePatientName } from './PatientTrail';
import { TRIAGE_LOOK } from './triage-look';
import { TriageIcon } from './TriageIcon';
import type { Triage } from '@backplan/core';

const isTriage = (x: string): x is Triage => Object.hasOwn(TRIAGE_LOOK, x);

/** The intake's start: the patient's assessments and plan versions, and a new assessment. */
export function IntakeOverview({ patientId }: { patientId: string }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const name = usePatientName(patientId);
  useTitle(t('overview.title', { name }));
  const assessments = useAssessments(patientId);
  const plans = usePlans(patientId);
  return (
    <div className="stack intake">
      <PatientTrail patientId={patientId} current={t('overview.crumb')} />
      <div className="row row--between">
        <h1>{t('overview.title', { name })}</h1>
        <Link className="button" to={paths.newAssessment(patientId)}>
          {t('overview.new')}
        </Link>
      </div>
      <div className="grid">
        <section className="card stack" aria-labelledby="ov-assessments">
          <h2 id="ov-assessments">{t('overview.assessments')}</h2>
          {assessments.isPending ? <Loading /> : null}
          {assessments.isError ? (
            <ErrorState error={assessments.error} retry={() => void assessments.refetch()} />
          ) : null}
          {assessments.data?.length === 0 ? (
            <p className="muted">{t('overview.noAssessments')}</p>
          ) : null}
          <ul>
            {(assessments.data ?? []).map((a) => {
              const triage = isTriage(a.triage) ? a.triage : null;
              return (
                <li key={a.id}>
                  <Link to={paths.assessment(patientId, a.id)}>
                    {f.day(a.assessedOn)} · {t(`vocab.kind.${a.kind}`)}
                  </Link>{' '}
                  {triage === null ? null : (
                    <span className={`badge badge--${TRIAGE_LOOK[triage].tone}`}>
                      <TriageIcon triage={triage} size={14} /> {t(`triage.${triage}.short`)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        <section className="card stack" aria-labelledby="ov-plans">
          <h2 id="ov-plans">{t('overview.plans')}</h2>
          {plans.isPending ? <Loading /> : null}
          {plans.isError ? (
            <ErrorState error={plans.error} retry={() => void plans.refetch()} />
          ) : null}
          {plans.data?.length === 0 ? <p className="muted">{t('overview.noPlans')}</p> : null}
          <PlanVersionList patientId={patientId} plans={plans.data ?? []} />
        </section>
      </div>
    </div>
  );
}
