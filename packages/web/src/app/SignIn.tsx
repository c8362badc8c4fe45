import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useMe, useSignIn } from '../api/session';
import { Field } from '../ui/Field';
import { errorText } from '../ui/states';
import { useTitle } from '../ui/use-title';
import { HOME } from './home';

export function SignIn() {
  const { t } = useTranslation();
  useTitle(t('signIn.title'));
  const me = useMe();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  if (me.data !== undefined && me.data !== null)
    return <Navigate to={HOME[me.data.user.role]} replace />;
  const error = signIn.error instanceof ApiError ? signIn.error : null;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    signIn.mutate(
      { email, password },
      { onSuccess: (result) => void navigate(HOME[result.user.role], { replace: true }) },
    );
  };

  return (
    <div className="page-narrow">
      <form className="card stack" onSubmit={submit} noValidate>
        <h1>{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        {signIn.isError && (error === null || error.fields.length === 0) ? (
          <div className="banner banner--danger" role="alert">
            <span className="banner__icon" aria-hidden="true">
              !
            </span>
            <p>{errorText(signIn.error, t)}</p>
          </div>
        ) : null}
        <Field label={t('signIn.email')} name="email" error={error}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
              }}
            />
          )}
        </Field>
        <Field label={t('signIn.password')} name="password" error={error}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => {
                setPassword(e.target.value);
              }}
            />
          )}
        </Field>
        <button className="button button--block" type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.working') : t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
