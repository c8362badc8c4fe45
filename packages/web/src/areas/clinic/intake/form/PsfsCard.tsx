import { INSTRUMENTS, scoreInstrument } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from './controls';
import type { PsfsRow } from './draft';
import { QuestionnaireCard } from './QuestionnaireCard';

const RATINGS = Array.from({ length: 11 }, (_, i) => String(i));
const MIN_ROWS = 3;
const MAX_ROWS = 5;

/** PSFS: three to five activities the patient names, each rated 0-10, scored as their mean. */
export function PsfsCard(props: {
  included: boolean;
  rows: readonly PsfsRow[];
  onInclude: (included: boolean) => void;
  onRows: (rows: PsfsRow[]) => void;
}) {
  const { t } = useTranslation('intake');
  const def = INSTRUMENTS.psfs;
  const ratings = props.rows.map((r) => (r.rating === '' ? null : Number(r.rating)));
  const outcome = scoreInstrument(def, ratings);
  const setRow = (index: number, patch: Partial<PsfsRow>) => {
    props.onRows(props.rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };
  return (
    <QuestionnaireCard
      id="psfs"
      def={def}
      included={props.included}
      onInclude={props.onInclude}
      outcome={outcome}
    >
      {props.rows.map((row, index) => (
        <div key={index} className="psfs-row">
          <TextField
            label={t('questionnaires.psfsActivity', { n: index + 1 })}
            path={`questionnaires.psfs.${index}.activity`}
            value={row.activity}
            onChange={(activity) => {
              setRow(index, { activity });
            }}
          />
          <SelectField
            label={t('questionnaires.psfsRating', { n: index + 1 })}
            path={`questionnaires.psfs.${index}.rating`}
            value={row.rating}
            options={RATINGS.map((r) => ({ value: r, label: r }))}
            emptyLabel="–"
            onChange={(rating) => {
              setRow(index, { rating });
            }}
          />
          {props.rows.length <= MIN_ROWS ? null : (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                props.onRows(props.rows.filter((_, i) => i !== index));
              }}
            >
              {t('questionnaires.psfsRemove', { n: index + 1 })}
            </button>
          )}
        </div>
      ))}
      <p className="field__hint">{t('questionnaires.psfsScale')}</p>
      {props.rows.length >= MAX_ROWS ? null : (
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              props.onRows([...props.rows, { activity: '', rating: '' }]);
            }}
          >
            {t('questionnaires.psfsAdd')}
          </button>
        </div>
      )}
    </QuestionnaireCard>
  );
}
