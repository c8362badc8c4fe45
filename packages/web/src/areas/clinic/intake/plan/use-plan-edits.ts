import { CATALOG, validatePlanEdit, type Plan, type PlanEdit } from '@backplan/core';
import { useState } from 'react';
import { usePreviewEdits } from '../intake-api';

/**
 * The therapist's unpublished edits to one plan version, previewed by the server (the plan as it
 * would be, with the core's warnings). Each edit is first checked in the browser with the same
 * core function, so an impossible one is refused at once, beside the control that made it.
 */
export function usePlanEdits(patientId: string, planId: string, stored: Plan) {
  const [edits, setEdits] = useState<readonly PlanEdit[]>([]);
  const preview = usePreviewEdits(patientId, planId, edits);
  const data = preview.data;

  /** Adds an edit, or returns why it cannot be made. */
  const push = (edit: PlanEdit): string | null => {
    const next = [...edits, edit];
    const checked = validatePlanEdit(stored, next, CATALOG);
    if (!checked.ok) return checked.error.message;
    setEdits(next);
    return null;
  };

  return {
    edits,
    push,
    undo: () => {
      setEdits((e) => e.slice(0, -1));
    },
    reset: () => {
      setEdits([]);
    },
    /** The plan to show: the latest preview, or the stored one until the first arrives. */
    plan: data?.plan ?? stored,
    warnings: data?.warnings ?? [],
    updating: preview.isFetching,
    stale: preview.isPlaceholderData,
    error: preview.isError ? preview.error : null,
    retry: () => void preview.refetch(),
  };
}

export type PlanEditor = ReturnType<typeof usePlanEdits>;
