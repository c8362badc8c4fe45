import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title, so each screen is named in the tab and to screen readers. */
export function useTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}
