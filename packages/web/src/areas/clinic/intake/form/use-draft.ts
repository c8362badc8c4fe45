import { useCallback, useEffect, useState } from 'react';
import { localToday } from '../../format';
import { emptyDraft, type Draft } from './draft';
import { loadDraft, removeDraft, saveDraft } from './draft-store';

export type SaveStatus =
  | { readonly kind: 'new' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'restored'; readonly at: string }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed' };

interface State {
  readonly draft: Draft;
  readonly dirty: boolean;
  readonly status: SaveStatus;
}

function initial(key: string): State {
  const today = localToday();
  const stored = loadDraft(key, today);
  return stored === null
    ? { draft: emptyDraft(today), dirty: false, status: { kind: 'new' } }
    : { draft: stored.draft, dirty: false, status: { kind: 'restored', at: stored.savedAt } };
}

const SAVE_DELAY_MS = 400;

/**
 * The form's draft, saved to this browser shortly after each change and restored on return.
 * `discard` forgets it; `clear` forgets it after a successful submit.
 */
export function useDraft(key: string) {
  const [state, setState] = useState<State>(() => initial(key));

  useEffect(() => {
    if (!state.dirty) return;
    const timer = setTimeout(() => {
      const at = new Date();
      const ok = saveDraft(key, state.draft, at);
      setState((s) =>
        s.draft === state.draft
          ? {
              ...s,
              dirty: false,
              status: ok ? { kind: 'saved', at: at.toISOString() } : { kind: 'failed' },
            }
          : s,
      );
    }, SAVE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [key, state.draft, state.dirty]);

  const update = useCallback((change: (d: Draft) => Draft) => {
    setState((s) => ({ ...s, draft: change(s.draft), dirty: true }));
  }, []);

  const discard = useCallback(() => {
    removeDraft(key);
    setState({ draft: emptyDraft(localToday()), dirty: false, status: { kind: 'new' } });
  }, [key]);

  const clear = useCallback(() => {
    removeDraft(key);
    setState((s) => ({ ...s, dirty: false, status: { kind: 'new' } }));
  }, [key]);

  const status: SaveStatus = state.dirty ? { kind: 'pending' } : state.status;
  return { draft: state.draft, status, update, discard, clear };
}
