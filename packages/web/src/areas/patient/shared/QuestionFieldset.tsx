import { useId, type ReactNode } from 'react';
import './controls.css';

/**
 * One question of a patient's form as a fieldset: the legend, an optional hint, the answers, the
 * words of a scale's two ends, and the message when the answer is missing or refused. The hint,
 * the ends and the message describe the group (`aria-describedby`), so a screen reader says them.
 * `id` is what `focusField` looks for: `field-<name>`.
 */
export function QuestionFieldset(props: {
  id: string;
  className: string;
  legend: ReactNode;
  hint?: string | undefined;
  ends?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  const id = useId();
  const { hint, ends, error } = props;
  const hintId = `${id}-hint`;
  const endsId = `${id}-ends`;
  const errorId = `${id}-error`;
  const describedBy = [
    hint === undefined ? '' : hintId,
    ends === undefined ? '' : endsId,
    error === undefined ? '' : errorId,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={props.className}
      id={props.id}
      aria-describedby={describedBy === '' ? undefined : describedBy}
    >
      <legend>{props.legend}</legend>
      {hint === undefined ? null : (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {props.children}
      {ends === undefined ? null : (
        <p className="scale__ends" id={endsId}>
          {ends}
        </p>
      )}
      {error === undefined ? null : (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
