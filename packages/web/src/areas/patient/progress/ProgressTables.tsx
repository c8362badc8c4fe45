import { useTranslation } from 'react-i18next';
import { formatDay } from '../dates';
import type { PainPoint, WeekCount } from './progress-data';

/** The pain chart's numbers, for screen readers. */
export function PainTable({ points }: { points: readonly PainPoint[] }) {
  const { t, i18n } = useTranslation('patient');
  const none = t('progress.none');
  return (
    // Wrapped: a table will not shrink to the 1 px of `visually-hidden` and would widen the page.
    <div className="visually-hidden">
      <table>
        <caption>{t('progress.painTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.date')}</th>
            <th scope="col">{t('progress.painSession')}</th>
            <th scope="col">{t('progress.painMorning')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.date}>
              <th scope="row">{formatDay(p.date, i18n.language)}</th>
              <td>{p.session ?? none}</td>
              <td>{p.morning ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The sessions chart's numbers, for screen readers. */
export function SessionsTable({ weeks }: { weeks: readonly WeekCount[] }) {
  const { t, i18n } = useTranslation('patient');
  return (
    // Wrapped: a table will not shrink to the 1 px of `visually-hidden` and would widen the page.
    <div className="visually-hidden">
      <table>
        <caption>{t('progress.sessionsTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.weekStarting')}</th>
            <th scope="col">{t('progress.sessionsName')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{formatDay(w.weekStart, i18n.language)}</th>
              <td>{w.sessions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
