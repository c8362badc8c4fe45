import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClipboardIcon } from '../shared/icons';
import { useDueQuestionnaires } from './questionnaire-api';

/**
 * Today's reminder of the questionnaires due, linking to them (straight to the one when only one
 * is due). Nothing while loading or when none is due; a failed check stays quiet too, since the
 * questionnaires page says what went wrong and today's exercises matter more here.
 */
export function QuestionnaireDueBanner() {
  const { t } = useTranslation('patient');
  const due = useDueQuestionnaires();
  const list = due.data?.questionnaires ?? [];
  const only = list.length === 1 ? list[0] : undefined;
  if (list.length === 0) return null;
  const review = list.some((q) => q.reason === 'review');
  return (
    <section className="banner banner--info" aria-labelledby="questionnaire-due-heading">
      <span className="banner__icon">
        <ClipboardIcon />
      </span>
      <div>
        <p>
          <strong id="questionnaire-due-heading">
            {t('questionnaires.dueTitle', { count: list.length })}
          </strong>
        </p>
        <p>{review ? t('questionnaires.dueReview') : t('questionnaires.dueInterval')}</p>
        <Link
          className="button"
          to={
            only === undefined
              ? '/patient/questionnaires'
              : `/patient/questionnaires/${only.instrument}`
          }
        >
          {t('questionnaires.dueAction', { count: list.length })}
        </Link>
      </div>
    </section>
  );
}
