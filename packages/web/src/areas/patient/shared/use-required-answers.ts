import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client';
import { focusField } from './focus-field';

/**
 * The answers a form still needs (`missing`: field names as the server names them), marked only
 * once the patient has tried to send it; otherwise each field shows the server's message, if any.
 */
export function useRequiredAnswers(missing: readonly string[], apiError: ApiError | null) {
  const { t } = useTranslation('patient');
  const [tried, setTried] = useState(false);
  const marked = tried ? missing : [];
  return {
    missingCount: marked.length,
    errorOf: (field: string) =>
      marked.includes(field) ? t('log.required') : apiError?.fieldMessage(field),
    /** Marks what is missing and moves focus to the first of it; true when nothing is. */
    ready: (): boolean => {
      setTried(true);
      const first = missing[0];
      if (first !== undefined) focusField(first);
      return first === undefined;
    },
  };
}
