import './controls.css';
import { QuestionFieldset } from './QuestionFieldset';

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
  const { name, legend, hint, choices, value, onChange, error } = props;
  return (
    <QuestionFieldset
      className="choices"
      id={`field-${name}`}
      legend={legend}
      hint={hint}
      error={error}
    >
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
    </QuestionFieldset>
  );
}
