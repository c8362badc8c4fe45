import type { ApiError } from '../../../api/client';
import { FormErrors } from '../../../ui/Field';
import { ErrorState } from '../../../ui/states';

/**
 * Above a form: the summary of its field problems (`error`, see `useRequiredCheck`), or else any
 * other failure of sending it (offline, say) as an error state.
 */
export function FormProblems(props: {
  error: ApiError | null;
  failure: unknown;
  shown: readonly string[];
}) {
  if (props.error !== null) return <FormErrors error={props.error} shown={props.shown} />;
  return props.failure === null ? null : <ErrorState error={props.failure} />;
}
