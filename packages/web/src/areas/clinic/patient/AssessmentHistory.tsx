import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../ui/states';
import type { AssessmentSummary } from '../api-types';
import { useFormats } from '../format';
import { paths } from '../paths';

/**
 * The patient's assessments, newest first, each linking to its result. While the patient is in a
 * safety state, the latest assessment's "plan allowed" no longer holds: it says the red flag.
 */
export function AssessmentHistory(props: {
  patientId: string;
  query: UseQueryResult<AssessmentSummary[]>;
  safety: 'urgent' | 'emergency' | null;
}) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const { query } = props;
  return (
    <section aria-labelledby="assessments-title" className="assessments">
      <h2 id="assessments-title">{t('assessments.title')}</h2>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} retry={() => void query.refetch()} /> : null}
      {query.data?.length === 0 ? <p className="muted">{t('assessments.none')}</p> : null}
      {query.data !== undefined && query.data.length > 0 ? (
        <ul className="plain-list assessments__list">
          {query.data.map((a, i) => (
            <li key={a.id}>
              <Link to={paths.assessment(props.patientId, a.id)}>
                {t(`assessments.kind.${a.kind}`)} · {f.day(a.assessedOn)}
              </Link>{' '}
              <span className="muted">
                {t('assessments.triage', {
                  triage: t(`triage.${a.triage}`, { defaultValue: a.triage }),
                })}
                {' · '}
                {i === 0 && props.safety !== null
                  ? t(`gate.safety.${props.safety}`)
                  : t(`gate.${a.planGate.status}`)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
