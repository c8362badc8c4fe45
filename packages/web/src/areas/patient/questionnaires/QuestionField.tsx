import { useId } from 'react';
import '../shared/controls.css';
import { QuestionFieldset } from '../shared/QuestionFieldset';
import type { QuestionnaireItem } from './questionnaire-api';

/** A 0-10 rating's label split into its number and the words after it: "0 (no pain)". */
function splitNumber(label: string): { number: string; words: string } {
  const match = /^(\d+)\s*(.*)$/.exec(label);
  return match === null
    ? { number: label, words: '' }
    : { number: match[1] ?? '', words: match[2] ?? '' };
}

/**
 * One question: a fieldset whose legend is the item's label (the core's own short wording), and its
 * options as big radio buttons. A rating from 0 to 10 is a row of numbers with the words of its two
 * ends underneath; any other question lists its answers one per line.
 */
export function QuestionField(props: {
  item: QuestionnaireItem;
  /** Shown before the label: the question's number on a page with every question. */
  prefix?: string;
  hint?: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | undefined;
  index: number;
}) {
  const id = useId();
  const { item, prefix, hint, value, onChange, error, index } = props;
  const scale = item.options.length > 7;
  const input = (optionValue: number, className: string) => (
    <input
      type="radio"
      className={className}
      name={`${id}-answer`}
      value={optionValue}
      checked={value === optionValue}
      aria-invalid={error === undefined ? undefined : true}
      onChange={() => {
        onChange(optionValue);
      }}
    />
  );
  return (
    <QuestionFieldset
      className="qn-question"
      id={`field-answers-${String(index)}`}
      legend={
        <>
          {prefix === undefined ? null : <span className="qn-question__prefix">{prefix} </span>}
          {item.label}
        </>
      }
      hint={hint}
      ends={
        scale ? (
          <>
            <span>{item.options[0]?.label}</span>
            <span>{item.options.at(-1)?.label}</span>
          </>
        ) : undefined
      }
      error={error}
    >
      {scale ? (
        <div className="scale__row">
          {item.options.map((o) => {
            const { number, words } = splitNumber(o.label);
            return (
              <label key={o.value} className="scale__option">
                {input(o.value, 'scale__input')}
                <span className="scale__face">
                  {number}
                  {words === '' ? null : <span className="visually-hidden">{` ${words}`}</span>}
                </span>
              </label>
            );
          })}
        </div>
      ) : (
        <div className="qn-options">
          {item.options.map((o) => (
            <label key={o.value} className="qn-option">
              {input(o.value, 'qn-option__input')}
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}
    </QuestionFieldset>
  );
}
