import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useMe, useSignOut, type Role } from '../api/session';
import { Loading } from '../ui/states';

/** Each role's main places, in the header. */
const NAV: Record<Role, readonly { to: string; label: string; end?: boolean }[]> = {
  patient: [
    { to: '/patient', label: 'nav.today', end: true },
    { to: '/patient/progress', label: 'nav.progress' },
    { to: '/patient/lessons', label: 'nav.lessons' },
    { to: '/patient/journal', label: 'nav.journal' },
  ],
  therapist: [
    { to: '/clinic', label: 'nav.patients', end: true },
    { to: '/clinic/alerts', label: 'nav.alerts' },
  ],
  admin: [
    { to: '/clinic', label: 'nav.patients', end: true },
    { to: '/admin', label: 'nav.staff', end: true },
    { to: '/admin/audit', label: 'nav.audit' },
    { to: '/admin/clinic', label: 'nav.clinic' },
  ],
};

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const user = me.data?.user ?? null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link className="brand" to="/">
            <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
              <path
                d="M16 4c-2.5 4-2.5 8 0 12s2.5 8 0 12"
                stroke="currentColor"
                strokeWidth="3.4"
                fill="none"
                strokeLinecap="round"
              />
            </svg>
            {t('app.name')}
          </Link>
          {user === null ? null : (
            <nav aria-label={t('nav.label')}>
              <ul className="nav">
                {NAV[user.role].map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end === true}>
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {user === null ? null : (
            <div className="header-end">
              <span className="visually-hidden">{t('app.signedInAs')}</span>
              <span>{user.name}</span>
              <button
                type="button"
                className="button button--secondary"
                disabled={signOut.isPending}
                onClick={() => {
                  signOut.mutate(undefined, {
                    onSettled: () => void navigate('/sign-in', { replace: true }),
                  });
                }}
              >
                {t('action.signOut')}
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
