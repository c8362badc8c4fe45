import { RED_FLAG_QUESTIONS } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../../api/client';
import { paths } from '../../paths';

const SHOWN = 6;

/** The question ids a refusal names: the server's fields `refusal.unanswered.<i>`. */
export function unansweredOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'plan-blocked') return [];
  return error.fields.filter((f) => /unanswered/.test(f.path)).map((f) => f.message);
}

/**
 * Why no plan can be made yet: the red-flag questions that have no answer (yes, no, or not asked
 * with a reason), by their wording, and the way to answer them.
 */
export function Unanswered({ ids, patientId }: { ids: readonly string[]; patientId: string }) {
  const { t } = useTranslation('intake');
  const all = ids.map((id) => RED_FLAG_QUESTIONS.find((q) => q.id === id)?.text ?? id);
  // A long list is in the red-flag screen above; here the first few and how many more.
  const questions = all.length > SHOWN ? all.slice(0, SHOWN - 1) : all;
  const more = all.length - questions.length;
  return (
    <div className="banner banner--warn" role="alert">
      <span className="banner__icon" aria-hidden="true">
        ⚠
      </span>
      <div>
        <p>
          <strong>{t('generate.incomplete', { count: all.length })}</strong>
        </p>
        <ul>
          {questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
          {more === 0 ? null : <li>{t('generate.incompleteMore', { count: more })}</li>}
        </ul>
        <p>
          <Link to={paths.newAssessment(patientId)}>{t('generate.answerThem')}</Link>
        </p>
      </div>
    </div>
  );
}
