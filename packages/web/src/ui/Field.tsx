import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

/**
 * A labelled control with an optional hint and the server's message for it: `name` is the body
 * field the server names in a 4xx (e.g. `painDuring`), so its error appears next to the control.
 */
export function Field(props: {
  label: string;
  name: string;
  hint?: string;
  error?: ApiError | null;
  children: (control: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: true;
    name: string;
  }) => ReactNode;
}) {
  const id = useId();
  const message = props.error?.fieldMessage(props.name);
  const hintId = props.hint === undefined ? undefined : `${id}-hint`;
  const errorId = message === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint === undefined ? null : (
        <span id={hintId} className="field__hint">
          {props.hint}
        </span>
      )}
      {props.children({
        id,
        name: props.name,
        ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
        ...(message === undefined ? {} : { 'aria-invalid': true as const }),
      })}
      {message === undefined ? null : (
        <span id={errorId} className="field__error">
          {message}
        </span>
      )}
    </div>
  );
}

/** The errors of fields a form does not show (a server rule on the whole form, say). */
export function FormErrors({ error, shown }: { error: ApiError | null; shown: readonly string[] }) {
  const { t } = useTranslation();
  if (error === null) return null;
  const rest = error.fields.filter((f) => !shown.some((s) => f.path === `body.${s}`));
  // The server's summary names body paths ("body.phone: ..."): in words, the fields say the rest.
  const message =
    error.code === 'validation-failed' && error.message.startsWith('body.')
      ? t('error.validation-failed')
      : error.message;
  return (
    <div className="banner banner--danger" role="alert">
      <span className="banner__icon" aria-hidden="true">
        !
      </span>
      <div>
        <p>{message}</p>
        {rest.length === 0 ? null : (
          <ul>
            {rest.map((f) => (
              <li key={f.path}>
                {f.path.replace(/^body\./, '')}: {f.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
