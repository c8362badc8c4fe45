import { useCallback, useState } from 'react';

/**
 * The sets a patient has ticked off today, kept on the device so the count survives a trip to
 * another screen or a reload, and so the session log can start from it. One day at a time: a new
 * day starts from nothing.
 */
const STORE = 'backplan.patient.sets';

interface Stored {
  readonly owner: string;
  readonly counts: Record<string, number>;
}

/** `owner` is the patient and the day, e.g. `<patientId>:2026-11-22`. */
export function readSetCounts(owner: string): Record<string, number> {
  try {
    const raw = localStorage.getItem(STORE);
    const parsed = raw === null ? null : (JSON.parse(raw) as Stored);
    return parsed !== null && parsed.owner === owner ? parsed.counts : {};
  } catch {
    return {};
  }
}

function write(owner: string, counts: Record<string, number>): void {
  try {
    localStorage.setItem(STORE, JSON.stringify({ owner, counts } satisfies Stored));
  } catch {
    // Private browsing or a full store: the count simply lives on this screen only.
  }
}

export function useSetCount(owner: string, exerciseId: string): [number, (n: number) => void] {
  const [count, setCount] = useState(() => readSetCounts(owner)[exerciseId] ?? 0);
  const update = useCallback(
    (n: number) => {
      const next = Math.max(0, n);
      setCount(next);
      write(owner, { ...readSetCounts(owner), [exerciseId]: next });
    },
    [owner, exerciseId],
  );
  return [count, update];
}
