import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Holds the therapist on the page while there are unpublished edits: a navigation inside the app
 * is blocked until they choose (the caller shows the choice), and closing or reloading the tab
 * asks the browser's own question. `allow()` lets the next navigation through (after publishing).
 */
export function useLeaveGuard(dirty: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);
  return {
    blocked: blocker.state === 'blocked',
    stay: () => {
      blocker.reset?.();
    },
    leave: () => {
      blocker.proceed?.();
    },
    allow: () => {
      allowed.current = true;
    },
  };
}
