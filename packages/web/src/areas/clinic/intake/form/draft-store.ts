import { emptyDraft, type Draft } from './draft';

/**
 * Drafts live in this browser's localStorage, one per therapist and patient, so a half-done
 * intake survives a reload or a break. The stored shape is versioned; anything unreadable is
 * ignored rather than trusted.
 */
const VERSION = 1;

interface Stored {
  readonly v: typeof VERSION;
  readonly savedAt: string;
  readonly draft: Draft;
}

export function draftKey(userId: string, patientId: string): string {
  return `backplan.intake-draft.${userId}.${patientId}`;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A stored draft laid over an empty one, so fields added since it was saved get their default. */
function merge(stored: Record<string, unknown>, today: string): Draft {
  const empty = emptyDraft(today);
  const out: Record<string, unknown> = { ...empty };
  for (const [key, value] of Object.entries(empty)) {
    const s = stored[key];
    if (s === undefined) continue;
    out[key] = isObject(value) && isObject(s) ? { ...value, ...s } : s;
  }
  return out as unknown as Draft;
}

export function loadDraft(key: string, today: string): { draft: Draft; savedAt: string } | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!isObject(parsed) || parsed.v !== VERSION || !isObject(parsed.draft)) return null;
    const savedAt = typeof parsed.savedAt === 'string' ? parsed.savedAt : '';
    return { draft: merge(parsed.draft, today), savedAt };
  } catch {
    return null;
  }
}

/** Saves; false when the browser refuses (private mode, storage full). */
export function saveDraft(key: string, draft: Draft, savedAt: Date): boolean {
  const stored: Stored = { v: VERSION, savedAt: savedAt.toISOString(), draft };
  try {
    localStorage.setItem(key, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to remove where storage is unavailable.
  }
}
