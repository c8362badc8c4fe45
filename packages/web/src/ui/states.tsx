import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Shown while something loads: announced politely to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="row muted" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
    </p>
  );
}

/** A failed load, with what happened in plain words and a way to try again. */
export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--danger" role="alert">
      <span className="banner__icon" aria-hidden="true">
        !
      </span>
      <div>
        <p>
          <strong>{t('state.errorTitle')}</strong>
        </p>
        <p>{errorText(error, t)}</p>
        {retry === undefined ? null : (
          <button type="button" className="button button--secondary" onClick={retry}>
            {t('action.tryAgain')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Nothing to show yet, and what would fill the space. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="card">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** A message for an error: the code's translation when the catalogue has one, else the server's words. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const known = t(`error.${error.code}`, { defaultValue: '' });
    return known !== '' ? known : error.message;
  }
  return t('error.unexpected');
}
