import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from './format';
import { paths } from './paths';
import type { PlanSummaryView } from './types';

/** Plan versions as links: "Version 2 · active · 3 Nov 2026". */
export function PlanVersionList({
  patientId,
  plans,
}: {
  patientId: string;
  plans: readonly PlanSummaryView[];
}) {
  const { t, i18n } = useTranslation('intake');
  return (
    <ul>
      {plans.map((p) => (
        <li key={p.id}>
          <Link to={paths.plan(patientId, p.id)}>
            {t('plan.versionShort', { version: p.version })}
          </Link>{' '}
          <span className="muted">
            · {t(`plan.status.${p.status}`)} · {formatDay(p.createdAt.slice(0, 10), i18n.language)}
          </span>
        </li>
      ))}
    </ul>
  );
}
