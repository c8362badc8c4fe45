import { LESSONS } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { CheckQuestion } from './CheckQuestion';
import './lessons.css';

/** A lesson to read: the text, its key points, and a few questions to check understanding. */
export function LessonScreen() {
  const { t } = useTranslation('patient');
  const { lessonId } = useParams();
  const lesson = LESSONS.find((l) => l.id === lessonId);
  useTitle(lesson?.title ?? t('lesson.notFound'));
  const back = (
    <p>
      <Link to="/patient/lessons">
        <span aria-hidden="true">← </span>
        {t('lesson.back')}
      </Link>
    </p>
  );
  if (lesson === undefined) {
    return (
      <div className="patient-page stack">
        {back}
        <h1>{t('lesson.notFound')}</h1>
        <EmptyState title={t('lesson.notFoundTitle')}>
          <p>{t('lesson.notFoundBody')}</p>
        </EmptyState>
      </div>
    );
  }
  return (
    <article className="patient-page stack lesson">
      {back}
      <header>
        <h1>{lesson.title}</h1>
        <p className="muted">{t('lessons.minutes', { count: lesson.minutes })}</p>
        <p className="lesson__summary">{lesson.summary}</p>
      </header>
      <div className="lesson__body">
        {lesson.body.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <section className="card" aria-labelledby="key-points">
        <h2 id="key-points">{t('lesson.keyPoints')}</h2>
        <ul>
          {lesson.keyPoints.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>
      <section className="stack" aria-labelledby="check">
        <h2 id="check">{t('lesson.check')}</h2>
        <p className="muted">{t('lesson.checkIntro')}</p>
        {lesson.checkQuestions.map((q, i) => (
          <CheckQuestion key={q.question} question={q} index={i} />
        ))}
      </section>
      {back}
    </article>
  );
}
