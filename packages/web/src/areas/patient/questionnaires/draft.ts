import { useCallback, useState, useSyncExternalStore } from 'react';
import { useClientKey } from '../shared/client-key';
import type { Answers } from './answers';

/**
 * The answers of a questionnaire in progress, kept in the tab's session storage so a reload (or a
 * trip to another screen) keeps them, with the attempt's client key: a retry after a lost response
 * sends the same key and the server stores the answers once. Gone when sent, or with the tab.
 */
const STORE = 'backplan.patient.questionnaire';

export interface Draft {
  readonly clientKey: string;
  readonly answers: Answers;
  /** The question shown one at a time (phone), 0-based. */
  readonly step: number;
}

const keyOf = (owner: string) => `${STORE}:${owner}`;

function isDraft(value: unknown, size: number): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<Draft>;
  return (
    typeof d.clientKey === 'string' &&
    d.clientKey !== '' &&
    Array.isArray(d.answers) &&
    d.answers.length === size &&
    d.answers.every((a) => a === null || (Number.isInteger(a) && a >= 0)) &&
    typeof d.step === 'number' &&
    Number.isInteger(d.step) &&
    d.step >= 0 &&
    d.step < size
  );
}

function read(owner: string, size: number): Draft | null {
  try {
    const raw = sessionStorage.getItem(keyOf(owner));
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    return isDraft(parsed, size) ? parsed : null;
  } catch {
    return null;
  }
}

/** Whether answers to this questionnaire are waiting on this tab. */
export function hasDraft(owner: string, size: number): boolean {
  const d = read(owner, size);
  return d !== null && d.answers.some((a) => a !== null);
}

/**
 * The draft of one questionnaire (`owner`: patient, instrument and due date) of `size` questions,
 * and a way to change it (saved at once) or drop it (after sending).
 */
export function useQuestionnaireDraft(owner: string, size: number) {
  const fresh = useClientKey();
  const [draft, setDraft] = useState<Draft>(
    () =>
      read(owner, size) ?? {
        clientKey: fresh,
        answers: Array.from({ length: size }, () => null),
        step: 0,
      },
  );
  const update = useCallback(
    (next: Draft) => {
      setDraft(next);
      try {
        sessionStorage.setItem(keyOf(owner), JSON.stringify(next));
      } catch {
        // Private browsing or a full store: the answers live on this screen only.
      }
    },
    [owner],
  );
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(keyOf(owner));
    } catch {
      // Nothing was stored.
    }
  }, [owner]);
  return { draft, update, clear };
}

const WIDE = '(min-width: 48rem)';
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
};

/** True on a screen wide enough to show every question at once (a tablet or a desktop). */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches);
}
