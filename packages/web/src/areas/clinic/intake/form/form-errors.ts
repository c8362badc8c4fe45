import { createContext, useContext } from 'react';
import type { ApiError } from '../../../../api/client';

/** The form's current problems (the browser's check or the server's 400), read by every control. */
export const FormErrorContext = createContext<ApiError | null>(null);

export function useFormError(): ApiError | null {
  return useContext(FormErrorContext);
}

/** The message for an assessment field or anything inside it (`goals` covers `goals.0.text`). */
export function messageUnder(error: ApiError | null, path: string): string | undefined {
  if (error === null) return undefined;
  const full = `body.assessment.${path}`;
  return error.fields.find((f) => f.path === full || f.path.startsWith(`${full}.`))?.message;
}
