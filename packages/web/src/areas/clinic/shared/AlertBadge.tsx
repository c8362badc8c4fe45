import { useTranslation } from 'react-i18next';
import type { AlertLevel } from '../api-types';
import { levelIcon, levelTone } from '../alert-levels';

/** An alert level as icon + word + colour (never colour alone), with an optional count. */
export function AlertBadge({ level, count }: { level: AlertLevel; count?: number }) {
  const { t } = useTranslation('clinic');
  return (
    <span className={`badge badge--${levelTone(level)} level level--${level}`}>
      <span aria-hidden="true">{levelIcon(level)}</span>
      {count === undefined
        ? t(`level.${level}`)
        : t('level.withCount', { level: t(`level.${level}`), count })}
    </span>
  );
}
