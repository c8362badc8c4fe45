import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../../api/client';
import { Field, FormErrors } from '../../../../ui/Field';
import { errorText } from '../../../../ui/states';
import { paths } from '../../paths';
import { activePlan, usePlans } from '../../queries';
import { useMakePlan } from '../intake-api';
import { PlanVersionList } from '../PlanVersionList';
import type { AssessmentView } from '../types';
import { Unanswered, unansweredOf } from './Unanswered';

const SHOWN = ['minutesPerDay', 'startDate'];

/** Plan versions already made from this assessment, newest first. */
function PlansFromHere({ patientId, assessmentId }: { patientId: string; assessmentId: string }) {
  const { t } = useTranslation('intake');
  const plans = usePlans(patientId);
  const mine = (plans.data ?? []).filter((p) => p.assessmentId === assessmentId);
  if (mine.length === 0) return null;
  return (
    <div>
      <h3>{t('generate.existing')}</h3>
      <PlanVersionList patientId={patientId} plans={mine} />
    </div>
  );
}

/** Makes the home-programme plan from this assessment, with the options the server takes. */
export function GeneratePlan({
  patientId,
  assessment,
}: {
  patientId: string;
  assessment: AssessmentView;
}) {
  const { t } = useTranslation('intake');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const [minutes, setMinutes] = useState(String(assessment.result.assessment.minutesPerDay));
  const [startDate, setStartDate] = useState(assessment.result.asOf);
  const make = useMakePlan(patientId);
  // A new plan supersedes the patient's active one: say so before it happens.
  const active = activePlan(usePlans(patientId).data);
  const error = make.error instanceof ApiError ? make.error : null;
  const waiting =
    assessment.planGate.status === 'needs-review' && assessment.redFlagReview === null;
  const incomplete = assessment.planGate.status === 'incomplete';
  const refused = unansweredOf(make.error);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const m = Number(minutes);
    make.mutate(
      {
        assessmentId: assessment.id,
        ...(minutes.trim() === '' ? {} : { minutesPerDay: m }),
        ...(startDate === '' ? {} : { startDate }),
      },
      {
        onSuccess: (plan) => {
          void navigate(paths.plan(patientId, plan.id), { state: { drafted: true } });
        },
      },
    );
  };
  return (
    <section className="card stack" aria-labelledby="generate-heading">
      <h2 id="generate-heading">{t('generate.title')}</h2>
      {incomplete ? (
        <Unanswered ids={assessment.result.screen.unanswered} patientId={patientId} />
      ) : waiting ? (
        <p className="banner banner--warn">
          <span className="banner__icon" aria-hidden="true">
            ⚠
          </span>
          <span>{t('generate.needsReview')}</span>
        </p>
      ) : (
        <form className="stack" onSubmit={onSubmit}>
          <p className="muted">{t('generate.intro')}</p>
          {active === undefined ? null : (
            <p className="banner banner--info">
              <span className="banner__icon" aria-hidden="true">
                ℹ
              </span>
              <span>
                {t('generate.replaces', { version: active.version })}{' '}
                <Link to={paths.plan(patientId, active.id)}>
                  {t('generate.openActive', { version: active.version })}
                </Link>
              </span>
            </p>
          )}
          <Field label={t('generate.minutes')} name="minutesPerDay" error={error}>
            {(c) => (
              <input
                {...c}
                className="intake-number"
                type="number"
                min={5}
                max={240}
                step={1}
                value={minutes}
                onChange={(e) => {
                  setMinutes(e.target.value);
                }}
              />
            )}
          </Field>
          <Field label={t('generate.startDate')} name="startDate" error={error}>
            {(c) => (
              <input
                {...c}
                type="date"
                value={startDate}
                onChange={(e) => {
                  setStartDate(e.target.value);
                }}
              />
            )}
          </Field>
          {error?.code === 'validation-failed' ? (
            <FormErrors error={error} shown={SHOWN} />
          ) : refused.length > 0 ? (
            <Unanswered ids={refused} patientId={patientId} />
          ) : make.error === null ? null : (
            <p className="field__error" role="alert">
              {errorText(make.error, tc)}
            </p>
          )}
          <div>
            <button type="submit" className="button" disabled={make.isPending}>
              {make.isPending ? t('generate.working') : t('generate.submit')}
            </button>
          </div>
        </form>
      )}
      <PlansFromHere patientId={patientId} assessmentId={assessment.id} />
    </section>
  );
}
