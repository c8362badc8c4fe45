import { LESSONS } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { usePlan, useToday } from '../patient-api';
import './lessons.css';

interface Item {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  readonly week?: number;
}

function LessonList({ items, current }: { items: readonly Item[]; current?: number }) {
  const { t } = useTranslation('patient');
  return (
    <ul className="lesson-list">
      {items.map((l) => (
        <li key={l.id} className="card">
          <h3>
            <Link to={`/patient/lessons/${encodeURIComponent(l.id)}`}>{l.title}</Link>
          </h3>
          <p className="muted">
            {t('lessons.minutes', { count: l.minutes })}
            {l.week === undefined ? null : (
              <>
                {' · '}
                {t('lessons.week', { week: l.week })}
              </>
            )}
            {l.week !== undefined && l.week === current ? (
              <span className="badge badge--info">{t('lessons.thisWeek')}</span>
            ) : null}
          </p>
          <p>{l.summary}</p>
        </li>
      ))}
    </ul>
  );
}

/** The lessons the therapist chose, by week of the plan, then the rest of the library. */
export function LessonsScreen() {
  const { t } = useTranslation('patient');
  useTitle(t('lessons.title'));
  const today = useToday();
  const plan = usePlan(today.data?.planId);
  const planId = today.data?.planId ?? null;
  if (today.isError) return <ErrorState error={today.error} retry={() => void today.refetch()} />;
  if (plan.isError) return <ErrorState error={plan.error} retry={() => void plan.refetch()} />;
  if (today.isPending || (planId !== null && plan.isPending)) return <Loading />;

  const chosen: Item[] = (plan.data?.plan.lessons ?? []).flatMap((p) => {
    const l = LESSONS.find((x) => x.id === p.lessonId);
    return l === undefined ? [] : [{ ...l, week: p.week }];
  });
  const rest = LESSONS.filter((l) => !chosen.some((c) => c.id === l.id));
  return (
    <div className="patient-page stack">
      <h1>{t('lessons.title')}</h1>
      <p className="muted">{t('lessons.intro')}</p>
      {chosen.length === 0 ? null : (
        <section aria-labelledby="plan-lessons" className="stack">
          <h2 id="plan-lessons">{t('lessons.fromPlan')}</h2>
          <LessonList
            items={chosen}
            {...(today.data.weekOfPlan === null ? {} : { current: today.data.weekOfPlan })}
          />
        </section>
      )}
      <section aria-labelledby="more-lessons" className="stack">
        <h2 id="more-lessons">{chosen.length === 0 ? t('lessons.all') : t('lessons.more')}</h2>
        <LessonList items={rest} />
      </section>
    </div>
  );
}
