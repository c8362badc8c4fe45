import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Field, FormErrors } from '../../ui/Field';
import { useInvite, type StaffRole } from './admin-api';
import { OneTimeLink } from './OneTimeLink';

const ROLES: readonly StaffRole[] = ['therapist', 'admin'];

/** Invites a therapist or admin: the server answers with a one-time link to hand over. */
export function InviteForm() {
  const { t } = useTranslation('admin');
  const id = useId();
  const invite = useInvite();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('therapist');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const error = invite.error instanceof ApiError ? invite.error : null;
  const roleError = error?.fieldMessage('role');
  const fieldShown = error?.fieldMessage('email') !== undefined || roleError !== undefined;

  useEffect(() => {
    if (invite.isSuccess) resultRef.current?.focus();
  }, [invite.isSuccess, invite.data]);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: () => {
          setEmail('');
        },
      },
    );
  };

  return (
    <section className="card stack admin-invite" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('invite.title')}</h2>
      <p className="muted">{t('invite.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        {error !== null && !fieldShown ? (
          <FormErrors error={error} shown={['email', 'role']} />
        ) : null}
        <Field label={t('invite.email')} name="email" error={error}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              spellCheck={false}
              required
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
            />
          )}
        </Field>
        <fieldset
          className="field"
          aria-describedby={roleError === undefined ? undefined : `${id}-role-error`}
        >
          <legend>{t('invite.role')}</legend>
          {ROLES.map((r) => (
            <label key={r} className="choice admin-choice">
              <input
                type="radio"
                name="role"
                value={r}
                checked={role === r}
                onChange={() => {
                  setRole(r);
                }}
              />
              <span>
                <strong>{t(`role.${r}`)}</strong>
                <span className="admin-choice-hint">{t(`invite.roleHint.${r}`)}</span>
              </span>
            </label>
          ))}
          {roleError === undefined ? null : (
            <span id={`${id}-role-error`} className="field__error">
              {roleError}
            </span>
          )}
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={invite.isPending}>
            {invite.isPending ? t('invite.working') : t('invite.submit')}
          </button>
        </div>
      </form>
      {!invite.isSuccess ? null : (
        <div className="banner banner--ok">
          <span className="banner__icon" aria-hidden="true">
            ✓
          </span>
          <div className="admin-grow">
            <h3 ref={resultRef} tabIndex={-1}>
              {t('invite.done', {
                email: invite.variables.email,
                role: t(`role.${invite.variables.role}`),
              })}
            </h3>
            <OneTimeLink link={invite.data} label={t('invite.linkLabel')} />
          </div>
        </div>
      )}
    </section>
  );
}
