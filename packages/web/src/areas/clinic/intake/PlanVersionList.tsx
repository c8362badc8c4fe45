import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormats } from '../format';
import { paths } from '../paths';
import type { PlanSummary } from '../api-types';

/** Plan versions as links: "Version 2 · active · 3 Nov 2026". */
export function PlanVersionList({
  patientId,
  plans,
}: {
  patientId: string;
  plans: readonly PlanSummary[];
}) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  return (
    <ul>
      {plans.map((p) => (
        <li key={p.id}>
          <Link to={paths.plan(patientId, p.id)}>
            {t('plan.versionShort', { version: p.version })}
          </Link>{' '}
          <span className="muted">
            · {t(`plan.status.${p.status}`)} · {f.day(p.createdAt.slice(0, 10))}
          </span>
        </li>
      ))}
    </ul>
  );
}
