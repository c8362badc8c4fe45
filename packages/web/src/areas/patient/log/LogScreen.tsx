import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { Navigate } from 'react-router';
import { usePatientId, usePlan, useToday } from '../patient-api';
import { readSetCounts } from '../shared/set-count';
import { LogForm } from './LogForm';
import type { LogExercise } from './log-form';

/** After a session: what was done and how it felt, in well under a minute. */
export function LogScreen() {
  const { t } = useTranslation('patient');
  useTitle(t('log.title'));
  const patientId = usePatientId();
  const today = useToday();
  const plan = usePlan(today.data?.planId);

  if (today.isError) return <ErrorState error={today.error} retry={() => void today.refetch()} />;
  // Paused or not yet published: nothing to log, and Today says why.
  if (today.data !== undefined && (today.data.status !== 'active' || today.data.planId === null))
    return <Navigate to="/patient" replace />;
  if (plan.isError) return <ErrorState error={plan.error} retry={() => void plan.refetch()} />;
  if (today.isPending || plan.isPending) return <Loading />;

  const day = today.data;
  const planId = day.planId ?? '';
  const planned = plan.data.plan.exercises;
  // On a rest day nothing is due: the patient may still log any exercise of the plan.
  const exercises: LogExercise[] =
    day.exercises.length > 0
      ? day.exercises.map((e) => ({
          exerciseId: e.exerciseId,
          name: e.name,
          dose: planned.find((p) => p.exerciseId === e.exerciseId)?.dose,
        }))
      : planned.map((p) => ({ exerciseId: p.exerciseId, name: p.name, dose: p.dose }));

  return (
    <LogForm
      exercises={exercises}
      restDay={day.exercises.length === 0}
      planId={planId}
      planStart={plan.data.plan.startDate}
      date={day.date}
      counts={readSetCounts(`${patientId}:${day.date}`)}
    />
  );
}
