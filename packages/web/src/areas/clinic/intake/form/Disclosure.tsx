import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageUnder, useFormError } from './form-errors';

/**
 * Fields most patients do not need, folded so the common intake stays short. The summary says
 * how much is recorded inside, and the group opens by itself when `autoOpen` holds (something is
 * recorded, or the answers so far call for it) or when a field inside needs another look, so
 * nothing the therapist must see stays hidden. Once the therapist opens or closes it, that holds.
 */
export function Disclosure(props: {
  title: string;
  /** What is inside, in a few words, so the therapist knows when to open it. */
  detail: string;
  /** The assessment paths inside: a problem with any of them opens the group. */
  paths: readonly string[];
  recorded: number;
  autoOpen?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('intake');
  const id = useId();
  const error = useFormError();
  const [chosen, setChosen] = useState<boolean | null>(null);
  const problem = props.paths.some((p) => messageUnder(error, p) !== undefined);
  const open = (chosen ?? props.autoOpen ?? props.recorded > 0) || problem;
  return (
    <details
      className="disclosure"
      open={open}
      onToggle={(e) => {
        setChosen(e.currentTarget.open);
      }}
    >
      <summary>
        <span id={id} className="disclosure__title">
          {props.title}
        </span>{' '}
        <span className="disclosure__detail">{props.detail}</span>{' '}
        <span className="disclosure__count">
          {props.recorded === 0
            ? t('form.noneRecorded')
            : t('form.recorded', { count: props.recorded })}
        </span>
      </summary>
      <div className="stack disclosure__body" role="group" aria-labelledby={id}>
        {props.children}
      </div>
    </details>
  );
}
