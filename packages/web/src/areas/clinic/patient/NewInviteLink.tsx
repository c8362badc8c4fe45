import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { CopyField } from '../new/CopyField';
import { useFormats } from '../format';
import { useErrorText } from '../shared/use-error-text';

interface Invite {
  readonly url: string;
  readonly expiresAt: string;
}

/**
 * A fresh one-time invite for a patient who cannot sign in (a forgotten password): the patient
 * sets a new password with it; the old one stops working and their sessions end (the server's).
 */
export function NewInviteLink({ patientId }: { patientId: string }) {
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const errorText = useErrorText();
  const invite = useMutation({
    mutationFn: () => api.post<Invite>(`/api/patients/${encodeURIComponent(patientId)}/invite`),
  });
  return (
    <div className="stack">
      <h3>{t('reinvite.title')}</h3>
      <p className="muted">{t('reinvite.hint')}</p>
      {invite.data === undefined ? (
        <div>
          <button
            type="button"
            className="button button--secondary"
            disabled={invite.isPending}
            onClick={() => {
              invite.mutate();
            }}
          >
            {invite.isPending ? t('reinvite.making') : t('reinvite.make')}
          </button>
        </div>
      ) : (
        <>
          <CopyField
            label={t('reinvite.link')}
            value={`${window.location.origin}${invite.data.url}`}
          />
          <p>{t('reinvite.expires', { when: f.stamp(invite.data.expiresAt) })}</p>
        </>
      )}
      {invite.isError ? (
        <p className="field__error" role="alert">
          {errorText(invite.error)}
        </p>
      ) : null}
    </div>
  );
}
