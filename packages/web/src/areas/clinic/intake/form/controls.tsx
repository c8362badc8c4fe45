import { useId, type ComponentProps, type ReactNode } from 'react';
import { Field } from '../../../../ui/Field';
import { messageUnder, useFormError } from './form-errors';

/**
 * The intake form's controls. Each takes the assessment field `path` it edits (e.g. `patient.age`),
 * so the message the browser's check or the server gives for that field appears beside it.
 */
export interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Words read out after a short visible label (a scale's anchor, say). */
  readonly detail?: string;
}

/** `Field` for an assessment path, showing the form's current message for it. */
function FormField(props: {
  label: string;
  path: string;
  hint?: string | undefined;
  children: ComponentProps<typeof Field>['children'];
}) {
  const error = useFormError();
  return (
    <Field
      label={props.label}
      name={`assessment.${props.path}`}
      error={error}
      {...(props.hint === undefined ? {} : { hint: props.hint })}
    >
      {props.children}
    </Field>
  );
}

export function TextField(props: {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date';
}) {
  return (
    <FormField label={props.label} path={props.path} hint={props.hint}>
      {(control) =>
        props.multiline === true ? (
          <textarea
            {...control}
            rows={3}
            value={props.value}
            onChange={(e) => {
              props.onChange(e.target.value);
            }}
          />
        ) : (
          <input
            {...control}
            type={props.type ?? 'text'}
            value={props.value}
            onChange={(e) => {
              props.onChange(e.target.value);
            }}
          />
        )
      }
    </FormField>
  );
}

/** A number typed as text (kept as typed; the schema names a typo), with its unit in the label. */
export function NumberField(props: {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  decimal?: boolean;
}) {
  return (
    <FormField label={props.label} path={props.path} hint={props.hint}>
      {(control) => (
        <input
          {...control}
          className="intake-number"
          type="text"
          inputMode={props.decimal === true ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={props.value}
          onChange={(e) => {
            props.onChange(e.target.value);
          }}
        />
      )}
    </FormField>
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  path: string;
  value: T | '';
  options: readonly Option<T>[];
  emptyLabel: string;
  onChange: (value: T | '') => void;
}) {
  return (
    <FormField label={props.label} path={props.path}>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(e) => {
            const v = e.target.value;
            props.onChange(v === '' ? '' : (props.options.find((o) => o.value === v)?.value ?? ''));
          }}
        >
          <option value="">{props.emptyLabel}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A group of controls under one legend, with the hint and the message for its field. */
function Group(props: {
  legend: ReactNode;
  path: string;
  hint?: string;
  className?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const id = useId();
  const message = messageUnder(useFormError(), props.path);
  const hintId = props.hint === undefined ? undefined : `${id}-hint`;
  const errorId = message === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`field intake-group ${props.className ?? ''}`}>
      <legend>{props.legend}</legend>
      {hintId === undefined ? null : (
        <span id={hintId} className="field__hint">
          {props.hint}
        </span>
      )}
      {message === undefined ? null : (
        <span id={errorId} className="field__error">
          {message}
        </span>
      )}
      {props.children(describedBy, message !== undefined)}
    </fieldset>
  );
}

/** One choice among a few, as buttons-like radios (arrow keys move within the group). */
export function RadioGroup<T extends string>(props: {
  legend: ReactNode;
  path: string;
  value: T | '';
  options: readonly Option<T | ''>[];
  onChange: (value: T | '') => void;
  hint?: string;
  /** `inline`: question and short answers on one line; `stacked`: answers under the question. */
  layout?: 'inline' | 'stacked';
}) {
  const name = useId();
  return (
    <Group
      legend={props.legend}
      path={props.path}
      {...(props.hint === undefined ? {} : { hint: props.hint })}
      className={
        props.layout === undefined
          ? 'intake-group--wide'
          : `intake-group--compact intake-group--${props.layout}`
      }
    >
      {(describedBy, invalid) => (
        <div className="pills">
          {props.options.map((o) => (
            <label key={o.value === '' ? '(none)' : o.value} className="pill">
              <input
                type="radio"
                name={name}
                value={o.value}
                checked={props.value === o.value}
                aria-describedby={describedBy}
                aria-invalid={invalid ? true : undefined}
                onChange={() => {
                  props.onChange(o.value);
                }}
              />
              <span>
                {o.label}
                {o.detail === undefined ? null : (
                  <span className="visually-hidden"> {o.detail}</span>
                )}
              </span>
            </label>
          ))}
        </div>
      )}
    </Group>
  );
}

/** Any number of choices from a list. */
export function CheckGroup<T extends string>(props: {
  legend: ReactNode;
  path: string;
  values: readonly T[];
  options: readonly Option<T>[];
  onChange: (values: T[]) => void;
  hint?: string;
}) {
  return (
    <Group
      legend={props.legend}
      path={props.path}
      {...(props.hint === undefined ? {} : { hint: props.hint })}
    >
      {(describedBy) => (
        <div className="pills">
          {props.options.map((o) => (
            <label key={o.value} className="pill">
              <input
                type="checkbox"
                checked={props.values.includes(o.value)}
                aria-describedby={describedBy}
                onChange={(e) => {
                  const others = props.values.filter((v) => v !== o.value);
                  props.onChange(e.target.checked ? [...others, o.value] : others);
                }}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}
    </Group>
  );
}

export function Checkbox(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => {
          props.onChange(e.target.checked);
        }}
      />
      {props.label}
    </label>
  );
}
