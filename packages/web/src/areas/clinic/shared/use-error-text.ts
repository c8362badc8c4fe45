import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/states';

/** The words for an error, from the common catalogue (where the error codes live). */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error: unknown) => errorText(error, t);
}
