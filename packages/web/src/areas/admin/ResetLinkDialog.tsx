import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/states';
import { useResetLink, type StaffMember } from './admin-api';
import { OneTimeLink } from './OneTimeLink';

/**
 * Asks before issuing a password-reset link for one staff member, then shows the link. A modal
 * dialog: focus stays inside, Escape closes it, and focus returns to the button that opened it.
 */
export function ResetLinkDialog({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const reset = useResetLink();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  useEffect(() => {
    if (reset.isSuccess) doneRef.current?.focus();
  }, [reset.isSuccess]);

  return (
    <dialog
      ref={dialogRef}
      className="admin-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <div className="stack">
        <h2 id={`${id}-title`}>{t('reset.title', { name: member.name })}</h2>
        {reset.isSuccess ? (
          <>
            <p ref={doneRef} tabIndex={-1} className="banner banner--ok">
              <span className="banner__icon" aria-hidden="true">
                ✓
              </span>
              <span>{t('reset.done', { email: member.email })}</span>
            </p>
            <OneTimeLink link={reset.data} label={t('reset.linkLabel')} />
          </>
        ) : (
          <>
            <p>{t('reset.explain', { name: member.name, email: member.email })}</p>
            <p className="muted">{t('reset.keepsPassword')}</p>
            {reset.isError ? <ErrorState error={reset.error} /> : null}
          </>
        )}
        <div className="row">
          {reset.isSuccess ? null : (
            <button
              type="button"
              className="button"
              disabled={reset.isPending}
              onClick={() => {
                reset.mutate(member.id);
              }}
            >
              {reset.isPending ? t('reset.working') : t('reset.confirm')}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => dialogRef.current?.close()}
          >
            {reset.isSuccess ? t('reset.close') : t('reset.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
