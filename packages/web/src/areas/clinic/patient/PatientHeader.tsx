import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Patient } from '../api-types';
import { useFormats } from '../format';
import { paths } from '../paths';
import { activePlan, useAssessments, usePlans } from '../queries';
import { useStaffNames } from '../shared/use-staff-names';
import { AssessmentHistory } from './AssessmentHistory';
import { EngagementFact } from './EngagementFact';

/** Who the patient is, their care so far, and the way to (re-)assess them. */
export function PatientHeader({ patient }: { patient: Patient }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const staffName = useStaffNames();
  const plans = usePlans(patient.id);
  const assessments = useAssessments(patient.id);
  const plan = activePlan(plans.data);
  const draft = plans.data?.find((p) => p.status === 'draft');
  const assessed = (assessments.data?.length ?? 0) > 0;
  return (
    <header className="card patient-head">
      <div className="patient-head__top">
        <div>
          <p className="muted patient-head__kicker">{t('dashboard.kicker')}</p>
          <h1>{patient.displayName}</h1>
        </div>
        <Link className="button" to={paths.newAssessment(patient.id)}>
          {assessed ? t('dashboard.reassess') : t('dashboard.assess')}
        </Link>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('dashboard.status')}</dt>
          <dd>
            {t(`status.${patient.status}`)}
            {patient.hasAccount ? null : (
              <span className="muted"> · {t('list.invitePending')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.therapist')}</dt>
          <dd>{staffName(patient.therapistId)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.email')}</dt>
          <dd className="break">{patient.email}</dd>
        </div>
        <div>
          <dt>{t('dashboard.plan')}</dt>
          <dd>
            {plans.isPending ? (
              t('dashboard.planLoading')
            ) : plans.isError ? (
              t('dashboard.planError')
            ) : plan === undefined ? (
              <span className="badge badge--info">
                <span aria-hidden="true">○</span>
                {t('list.noPlan')}
              </span>
            ) : (
              <Link to={paths.plan(patient.id, plan.id)}>
                {t('dashboard.planLink', {
                  version: plan.version,
                  date: f.stampDay(plan.createdAt),
                })}
              </Link>
            )}
            {draft === undefined ? null : (
              <>
                {' · '}
                <Link to={paths.plan(patient.id, draft.id)}>
                  {t('dashboard.draftLink', { version: draft.version })}
                </Link>
              </>
            )}
          </dd>
        </div>
        <EngagementFact patient={patient} />
      </dl>
      <AssessmentHistory
        patientId={patient.id}
        query={assessments}
        safety={reportedSince(patient.safety)}
      />
    </header>
  );
}

/** A safety state raised after the latest assessment (by the patient), or null. */
function reportedSince(safety: Patient['safety']): 'urgent' | 'emergency' | null {
  if (safety === null) return null;
  return safety.source === 'intake' || safety.source === 'reassessment' ? null : safety.state;
}
