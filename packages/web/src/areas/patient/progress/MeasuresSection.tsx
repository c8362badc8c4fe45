import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../ui/states';
import { formatDay } from '../dates';
import type { Measure } from '../patient-api';

/** What the therapist has measured over time: the first and the latest of each. */
export function MeasuresSection({ query }: { query: UseQueryResult<Measure[]> }) {
  const { t, i18n } = useTranslation('patient');
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  const groups = new Map<string, Measure[]>();
  for (const m of query.data) {
    const key = `${m.kind}:${m.side ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  if (groups.size === 0) return null;
  const day = (date: string) =>
    formatDay(date, i18n.language, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <section className="card stack" aria-labelledby="measures-heading">
      <h2 id="measures-heading">{t('progress.measuresTitle')}</h2>
      <p className="muted">{t('progress.measuresIntro')}</p>
      <ul className="measures">
        {[...groups.entries()].map(([key, list]) => {
          const first = list[0];
          const last = list.at(-1);
          if (first === undefined || last === undefined) return null;
          const name = t(`measure.${first.kind}`, { defaultValue: first.kind });
          const side = first.side === null ? '' : ` (${t(`side.${first.side}`)})`;
          return (
            <li key={key}>
              <strong>
                {name}
                {side}
              </strong>
              <br />
              {list.length === 1
                ? t('progress.measureOne', { value: first.value, date: day(first.takenOn) })
                : t('progress.measureChange', {
                    from: first.value,
                    fromDate: day(first.takenOn),
                    to: last.value,
                    toDate: day(last.takenOn),
                  })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
