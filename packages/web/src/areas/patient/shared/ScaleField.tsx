import { useTranslation } from 'react-i18next';
import './controls.css';
import { QuestionFieldset } from './QuestionFieldset';

const POINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A 0-10 rating as a row of numbered buttons: real radio buttons underneath, so arrow keys and
 * screen readers work as they expect; the words at the two ends say what 0 and 10 mean.
 */
export function ScaleField(props: {
  name: string;
  legend: string;
  low: string;
  high: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('patient');
  const { name, legend, low, high, value, onChange, error } = props;
  return (
    <QuestionFieldset
      className="scale"
      id={`field-${name}`}
      legend={legend}
      ends={
        <>
          <span>{t('scale.end', { n: 0, words: low })}</span>
          <span>{t('scale.end', { n: 10, words: high })}</span>
        </>
      }
      error={error}
    >
      <div className="scale__row">
        {POINTS.map((n) => (
          <label key={n} className="scale__option">
            <input
              type="radio"
              className="scale__input"
              name={name}
              value={n}
              checked={value === n}
              aria-invalid={error === undefined ? undefined : true}
              onChange={() => {
                onChange(n);
              }}
            />
            <span className="scale__face">
              {n}
              {n === 0 ? <span className="visually-hidden">{`, ${low}`}</span> : null}
              {n === 10 ? <span className="visually-hidden">{`, ${high}`}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </QuestionFieldset>
  );
}
