import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Feedback, Today, TodayActivity } from '../patient-api';
import { formatInstantDay } from '../dates';
import { ClockIcon } from '../shared/icons';

/** How the plan asks the patient to walk: in bouts with rests, leaning slightly forward. */
export interface ActivityWay {
  readonly pattern: 'continuous' | 'interval';
  readonly forwardLean: boolean;
  /** Bouts a day this week. */
  readonly bouts: number;
}

/** Today's walking (or cycling) goal, and how to do it when the plan says (stenosis). */
export function ActivityGoal({ activity, way }: { activity: TodayActivity; way?: ActivityWay }) {
  const { t } = useTranslation('patient');
  if (activity.minutesPerDay === 0) return null;
  const name = t(`activity.${activity.activity}`, { defaultValue: activity.activity });
  return (
    <section className="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{t('today.activityTitle')}</h2>
      <p className="today-activity">
        <span className="today-activity__icon">
          <ClockIcon />
        </span>
        <strong>
          {t('today.activityGoal', { activity: name, count: activity.minutesPerDay })}
        </strong>
      </p>
      <p className="muted">
        {t(way?.pattern === 'interval' ? 'today.activityDays' : 'today.activityWeek', {
          count: activity.daysPerWeek,
        })}
      </p>
      {way?.pattern === 'interval' ? (
        <p>
          {t('today.activityBouts', {
            count: Math.max(2, way.bouts),
            minutes: Math.max(1, Math.round(activity.minutesPerDay / Math.max(2, way.bouts))),
          })}
        </p>
      ) : null}
      {way?.forwardLean === true ? <p>{t('today.activityLean')}</p> : null}
    </section>
  );
}

/** The lessons of this week of the plan, and the way to all of them. */
export function TodayLessons({ lessons }: { lessons: Today['lessons'] }) {
  const { t } = useTranslation('patient');
  return (
    <section className="card" aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">{t('today.lessonsTitle')}</h2>
      {lessons.length === 0 ? (
        <p className="muted">{t('today.noLessons')}</p>
      ) : (
        <ul className="link-list">
          {lessons.map((l) => (
            <li key={l.lessonId}>
              <Link to={`/patient/lessons/${encodeURIComponent(l.lessonId)}`}>{l.title}</Link>{' '}
              <span className="muted">{t('lessons.minutes', { count: l.minutes })}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/patient/lessons">{t('today.allLessons')}</Link>
      </p>
    </section>
  );
}

/** One note of the therapist's: their words, then who wrote them and when. */
export function TherapistNote({ note }: { note: Feedback }) {
  const { t, i18n } = useTranslation('patient');
  return (
    <>
      <blockquote className="note">
        <p>{note.body}</p>
      </blockquote>
      <p className="muted note__by">
        {t('notes.by', {
          name: note.authorName ?? t('notes.yourTherapist'),
          date: formatInstantDay(note.createdAt, i18n.language),
        })}
      </p>
    </>
  );
}

/** The therapist's latest notes, newest first. */
export function TherapistNotes({ notes }: { notes: readonly Feedback[] }) {
  const { t } = useTranslation('patient');
  if (notes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes.title')}</h2>
      <ul className="notes">
        {notes.map((n) => (
          <li key={n.id}>
            <TherapistNote note={n} />
          </li>
        ))}
      </ul>
    </section>
  );
}
