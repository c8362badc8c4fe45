import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../../api/session';
import { ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { formatDay } from '../dates';
import { isNoPlan, usePatientId, usePlan, useToday } from '../patient-api';
import { QuestionnaireDueBanner } from '../questionnaires/QuestionnaireDueBanner';
import { SunIcon } from '../shared/icons';
import { ExerciseCard } from './ExerciseCard';
import { NoPlan } from './NoPlan';
import { ActivityGoal, TherapistNotes, TodayLessons } from './TodayExtras';

/** "Good morning, Maria"; just "Good morning" when the account has no name but an email. */
function greeting(hour: number, name: string, t: TFunction<'patient'>): string {
  const part = hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
  const first = name.includes('@') ? '' : (name.trim().split(/\s+/)[0] ?? '');
  return first === ''
    ? t(`today.greetingNoName.${part}`)
    : t(`today.greeting.${part}`, { name: first });
}

/** The patient's home: what to do today, and the way to log it. */
export function TodayScreen() {
  const { t, i18n } = useTranslation('patient');
  useTitle(t('today.title'));
  const me = useMe();
  const patientId = usePatientId();
  const today = useToday();
  const plan = usePlan(today.data?.planId);
  const state = useLocation().state as { saved?: 'session' | 'morning' } | null;

  if (today.isPending) return <Loading />;
  if (isNoPlan(today.error)) return <NoPlan />;
  if (today.isError) return <ErrorState error={today.error} retry={() => void today.refetch()} />;

  const day = today.data;
  const doses = new Map(plan.data?.plan.exercises.map((e) => [e.exerciseId, e.dose]));
  const allDone = day.exercises.length > 0 && day.exercises.every((e) => e.loggedToday);

  return (
    <div className="patient-page stack">
      <div>
        <h1>{greeting(new Date().getHours(), me.data?.user.name ?? '', t)}</h1>
        <p className="muted">
          {t('today.dateAndWeek', {
            date: formatDay(day.date, i18n.language),
            week: day.weekOfPlan,
          })}
        </p>
      </div>
      {state?.saved === undefined ? null : (
        <div className="banner banner--ok" role="status">
          <span className="banner__icon" aria-hidden="true">
            ✓
          </span>
          <p>{t(`today.saved.${state.saved}`)}</p>
        </div>
      )}
      {day.morningCheckDue === null ? null : (
        <div className="banner banner--info">
          <span className="banner__icon">
            <SunIcon />
          </span>
          <div>
            <p>
              <strong>{t('today.morningDueTitle')}</strong>
            </p>
            <p>{t('today.morningDueBody')}</p>
            <Link className="button" to="/patient/morning">
              {t('today.morningDueAction')}
            </Link>
          </div>
        </div>
      )}
      <QuestionnaireDueBanner />
      <div className="today-layout">
        <section aria-labelledby="exercises-heading" className="stack">
          <h2 id="exercises-heading">
            {t('today.exercisesTitle', { count: day.exercises.length })}
          </h2>
          {day.exercises.length === 0 ? (
            <p className="card">{t('today.restDay')}</p>
          ) : (
            <>
              {allDone ? <p className="muted">{t('today.allDone')}</p> : null}
              <ul className="exercise-list">
                {day.exercises.map((e) => (
                  <ExerciseCard
                    key={e.exerciseId}
                    exercise={e}
                    dose={doses.get(e.exerciseId)}
                    countOwner={`${patientId}:${day.date}`}
                  />
                ))}
              </ul>
            </>
          )}
        </section>
        {/* data-ready: the screen is usable (measured by `npm run bench`). */}
        <div className="today-cta" data-ready="today">
          <Link className="button button--block patient-cta" to="/patient/log">
            {day.logged.length > 0 ? t('today.logAnother') : t('today.logSession')}
          </Link>
        </div>
        <div className="today-side">
          <ActivityGoal activity={day.activity} />
          <TodayLessons lessons={day.lessons} />
          <TherapistNotes notes={day.feedback} />
        </div>
      </div>
    </div>
  );
}
