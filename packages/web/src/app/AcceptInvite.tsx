import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { api, ApiError } from '../api/client';
import { useSignedIn, type Me } from '../api/session';
import { Field, FormErrors } from '../ui/Field';
import { useTitle } from '../ui/use-title';
import { HOME } from './home';

/**
 * A one-time link from the clinic: an invite (a new account) or a staff password reset. Either
 * way the person chooses a password; the rule is shown up front and the server's reason if it
 * refuses one (too short, common, or close to their name or e-mail).
 */
export function AcceptInvite({ kind = 'invite' }: { kind?: 'invite' | 'reset' }) {
  const { t } = useTranslation();
  useTitle(t(kind === 'reset' ? 'invite.resetTitle' : 'invite.title'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const accept = useMutation({
    mutationFn: (body: { token: string; password: string }) =>
      api.post<Me>(kind === 'reset' ? '/api/auth/reset' : '/api/invites/accept', body),
    onSuccess: (me) => {
      signedIn(me);
      void navigate(HOME[me.user.role], { replace: true });
    },
  });
  const error = accept.error instanceof ApiError ? accept.error : null;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat) return;
    accept.mutate({ token, password });
  };

  return (
    <div className="page-narrow">
      <form className="card stack" onSubmit={submit} noValidate>
        <h1>{t(kind === 'reset' ? 'invite.resetTitle' : 'invite.title')}</h1>
        <p>{t(kind === 'reset' ? 'invite.resetIntro' : 'invite.intro')}</p>
        {error !== null && error.fieldMessage('password') === undefined ? (
          <FormErrors error={error} shown={['password']} />
        ) : null}
        <Field
          label={t('invite.password')}
          name="password"
          hint={t('invite.passwordHint')}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              minLength={12}
              required
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
              }}
            />
          )}
        </Field>
        <div className="field">
          <label htmlFor="repeat-password">{t('invite.repeat')}</label>
          <input
            id="repeat-password"
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            aria-invalid={mismatch ? true : undefined}
            aria-describedby={mismatch ? 'repeat-error' : undefined}
            onChange={(e) => {
              setRepeat(e.target.value);
            }}
          />
          {mismatch ? (
            <span id="repeat-error" className="field__error">
              {t('invite.mismatch')}
            </span>
          ) : null}
        </div>
        <button className="button button--block" type="submit" disabled={accept.isPending}>
          {accept.isPending ? t('invite.working') : t('invite.submit')}
        </button>
      </form>
    </div>
  );
}
