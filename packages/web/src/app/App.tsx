import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { useMe, type Role } from '../api/session';
import { ErrorState, Loading } from '../ui/states';
import { AcceptInvite } from './AcceptInvite';
import { HOME } from './home';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { SignIn } from './SignIn';

// Each area loads with its first screen: a patient's phone never downloads the clinic's code.
const PatientArea = lazy(() => import('../areas/patient/PatientArea'));
const ClinicArea = lazy(() => import('../areas/clinic/ClinicArea'));
const AdminArea = lazy(() => import('../areas/admin/AdminArea'));

/** Renders its children for the given roles; anyone else is sent to sign in or to their home. */
function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} retry={() => void me.refetch()} />;
  if (me.data === null) return <Navigate to="/sign-in" replace />;
  if (!roles.includes(me.data.user.role)) return <Navigate to={HOME[me.data.user.role]} replace />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Home() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorState error={me.error} retry={() => void me.refetch()} />;
  return <Navigate to={me.data === null ? '/sign-in' : HOME[me.data.user.role]} replace />;
}

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'sign-in', element: <SignIn /> },
      { path: 'invite/:token', element: <AcceptInvite /> },
      { path: 'reset/:token', element: <AcceptInvite kind="reset" /> },
      {
        path: 'patient/*',
        element: (
          <RequireRole roles={['patient']}>
            <PatientArea />
          </RequireRole>
        ),
      },
      {
        path: 'clinic/*',
        element: (
          <RequireRole roles={['therapist', 'admin']}>
            <ClinicArea />
          </RequireRole>
        ),
      },
      {
        path: 'admin/*',
        element: (
          <RequireRole roles={['admin']}>
            <AdminArea />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
