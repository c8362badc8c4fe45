import { useTranslation } from 'react-i18next';

/** Tap to count the sets (or holds) done; the count and "all done" are read out politely. */
export function SetCounter(props: {
  count: number;
  target: number;
  unit: 'sets' | 'holds';
  bothSides: boolean;
  onChange: (n: number) => void;
}) {
  const { t } = useTranslation('patient');
  const { count, target, unit, bothSides, onChange } = props;
  const complete = count >= target;
  return (
    <div className="set-counter">
      <p className="set-counter__status" aria-live="polite">
        {complete ? (
          <strong>
            <span aria-hidden="true">✓ </span>
            {t(`counter.allDone.${unit}`)}
          </strong>
        ) : (
          t(`counter.progress.${unit}`, { count, target })
        )}
      </p>
      {bothSides ? <p className="field__hint">{t('counter.bothSides')}</p> : null}
      <div className="set-counter__buttons">
        <button
          type="button"
          className="button patient-big"
          onClick={() => {
            onChange(count + 1);
          }}
        >
          {t(`counter.add.${unit}`)}
        </button>
        <button
          type="button"
          className="button button--secondary patient-big"
          disabled={count === 0}
          onClick={() => {
            onChange(count - 1);
          }}
        >
          {t('counter.undo')}
        </button>
      </div>
    </div>
  );
}
