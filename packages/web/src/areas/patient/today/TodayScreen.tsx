import { activityWeek, stageOfWeek, type Plan } from '@backplan/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../api/session';
import { ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { formatDay } from '../dates';
import { usePatientId, usePlan, useToday, type Today } from '../patient-api';
import { QuestionnaireDueBanner } from '../questionnaires/QuestionnaireDueBanner';
import { ReportLink } from '../report/ReportLink';
import { PausedToday } from '../seek-care/PausedToday';
import { SunIcon } from '../shared/icons';
import { DecisionMessage } from './DecisionMessage';
import { ExerciseCard } from './ExerciseCard';
import { Preparing } from './Preparing';
import { SavedBanner } from './SavedBanner';
import { ActivityGoal, TherapistNotes, TodayLessons, type ActivityWay } from './TodayExtras';

/** "Good morning, Maria"; just "Good morning" when the account has no name but an email. */
function greeting(hour: number, name: string, t: TFunction<'patient'>): string {
  const part = hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
  const first = name.includes('@') ? '' : (name.trim().split(/\s+/)[0] ?? '');
  return first === ''
    ? t(`today.greetingNoName.${part}`)
    : t(`today.greeting.${part}`, { name: first });
}

/** How to walk this week, from the plan's activity goal (undefined until the plan loads). */
function activityWay(plan: Plan | undefined, week: number | null): ActivityWay | undefined {
  if (plan === undefined) return undefined;
  const goal = plan.activityGoal;
  const now = activityWeek(goal, week);
  return { pattern: goal.pattern, forwardLean: goal.forwardLean, bouts: now?.bouts ?? 1 };
}

/** The patient's home: the programme's state decides what it shows. */
export function TodayScreen() {
  const today = useToday();
  if (today.isPending) return <Loading />;
  if (today.isError) return <ErrorState error={today.error} retry={() => void today.refetch()} />;
  const day = today.data;
  switch (day.status) {
    case 'preparing':
      return <Preparing day={day} />;
    case 'paused':
      return <PausedToday day={day} />;
    case 'active':
      return <ActiveToday day={day} />;
  }
}

/** What to do today, and the way to log it. */
function ActiveToday({ day }: { day: Today }) {
  const { t, i18n } = useTranslation('patient');
  useTitle(t('today.title'));
  const me = useMe();
  const patientId = usePatientId();
  const plan = usePlan(day.planId);
  const doses = new Map(plan.data?.plan.exercises.map((e) => [e.exerciseId, e.dose]));
  const allDone = day.exercises.length > 0 && day.exercises.every((e) => e.loggedToday);

  return (
    <div className="patient-page stack">
      <div>
        <h1>{greeting(new Date().getHours(), me.data?.user.name ?? '', t)}</h1>
        <p className="muted">
          {t('today.dateAndWeek', {
            date: formatDay(day.date, i18n.language),
            week: day.weekOfPlan ?? 1,
          })}
        </p>
      </div>
      <SavedBanner />
      {day.lastDecision === null ? null : <DecisionMessage decision={day.lastDecision} />}
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
                    stage={stageOfWeek(plan.data?.plan.exercises, e.exerciseId, day.weekOfPlan)}
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
          {day.activity === null ? null : (
            <ActivityGoal
              activity={day.activity}
              way={activityWay(plan.data?.plan, day.weekOfPlan)}
            />
          )}
          <TodayLessons lessons={day.lessons} />
          <TherapistNotes notes={day.feedback} />
          <ReportLink />
        </div>
      </div>
    </div>
  );
}
