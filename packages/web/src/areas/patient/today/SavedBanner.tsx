import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

interface SavedState {
  saved?: 'session' | 'morning' | 'report';
  /** Red-flag symptoms were reported, below the level that pauses the programme. */
  told?: boolean;
}

/** What was just saved (the form that led here says so in the page's state), and who knows. */
export function SavedBanner() {
  const { t } = useTranslation('patient');
  const state = useLocation().state as SavedState | null;
  if (state?.saved === undefined) return null;
  return (
    <div className="banner banner--ok" role="status">
      <span className="banner__icon" aria-hidden="true">
        ✓
      </span>
      <div>
        <p>{t(`today.saved.${state.saved}`)}</p>
        {state.told === true ? <p>{t('today.told')}</p> : null}
      </div>
    </div>
  );
}
