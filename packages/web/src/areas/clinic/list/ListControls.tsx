import { useTranslation } from 'react-i18next';
import { SORT_KEYS, type SortKey } from './patient-order';

/** Search, sort and "only mine" for the patient list. */
export function ListControls(props: {
  query: string;
  onQuery: (q: string) => void;
  sort: SortKey;
  onSort: (s: SortKey) => void;
  /** Null hides the control (an admin has no patients of their own). */
  mineOnly: boolean | null;
  onMineOnly: (v: boolean) => void;
}) {
  const { t } = useTranslation('clinic');
  return (
    <div className="list-controls" role="search">
      <div className="field list-controls__search">
        <label htmlFor="patient-search">{t('list.search')}</label>
        <input
          id="patient-search"
          type="search"
          value={props.query}
          onChange={(e) => {
            props.onQuery(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="patient-sort">{t('list.sort')}</label>
        <select
          id="patient-sort"
          value={props.sort}
          onChange={(e) => {
            const next = SORT_KEYS.find((k) => k === e.target.value);
            if (next !== undefined) props.onSort(next);
          }}
        >
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`list.sortBy.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {props.mineOnly === null ? null : (
        <label className="choice list-controls__mine">
          <input
            type="checkbox"
            checked={props.mineOnly}
            onChange={(e) => {
              props.onMineOnly(e.target.checked);
            }}
          />
          {t('list.mineOnly')}
        </label>
      )}
    </div>
  );
}
