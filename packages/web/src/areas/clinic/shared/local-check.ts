import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';

interface Required {
  readonly name: string;
  readonly value: string;
  readonly message: string;
}

/**
 * The empty required fields of a form as an `ApiError` shaped like the server's 400, so `Field`
 * shows them in the same place; null when every field has a value. Saves a round trip and gives
 * plainer words than the server's schema messages for the common slip.
 */
function checkRequired(fields: readonly Required[], summary: string): ApiError | null {
  const missing = fields.filter((f) => f.value.trim() === '');
  if (missing.length === 0) return null;
  return new ApiError(
    400,
    'validation-failed',
    summary,
    missing.map((f) => ({ path: `body.${f.name}`, message: f.message })),
  );
}

/**
 * A form's problems for its fields: the empty required ones found on submit, until they are
 * filled, else the server's 4xx (`failure` is the mutation's error). `check` runs on submit and
 * says whether the form may be sent.
 */
export function useRequiredCheck(failure: unknown) {
  const { t } = useTranslation('clinic');
  const [local, setLocal] = useState<ApiError | null>(null);
  return {
    error: local ?? (failure instanceof ApiError ? failure : null),
    check: (fields: readonly Required[]): boolean => {
      const missing = checkRequired(fields, t('check.summary'));
      setLocal(missing);
      return missing === null;
    },
  };
}
