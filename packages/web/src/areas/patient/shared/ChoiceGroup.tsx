import { useId } from 'react';
import './controls.css';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** A few exclusive answers as large pill buttons (radio buttons underneath). */
export function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  hint?: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string | undefined;
}) {
  const id = useId();
  const { name, legend, hint, choices, value, onChange, error } = props;
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <fieldset
      className="choices"
      id={`field-${name}`}
      aria-describedby={describedBy === '' ? undefined : describedBy}
    >
      <legend>{legend}</legend>
      {hint === undefined ? null : (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="choices__row">
        {choices.map((c) => (
          <label key={c.value} className="choices__option">
            <input
              type="radio"
              className="choices__input"
              name={name}
              value={c.value}
              checked={value === c.value}
              aria-invalid={error === undefined ? undefined : true}
              onChange={() => {
                onChange(c.value);
              }}
            />
            <span className="choices__face">{c.label}</span>
          </label>
        ))}
      </div>
      {error === undefined ? null : (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
