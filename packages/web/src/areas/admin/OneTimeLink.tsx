import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { OneTimeLink as IssuedLink } from './admin-api';
import { DateTime } from './DateTime';

/**
 * A one-time link to hand over by hand: the full address, a Copy button (or, where the clipboard
 * is not allowed, the text selected for the person to copy), and when it stops working.
 */
export function OneTimeLink({ link, label }: { link: IssuedLink; label: string }) {
  const { t } = useTranslation('admin');
  const [outcome, setOutcome] = useState<'copied' | 'selected' | null>(null);
  const textRef = useRef<HTMLElement>(null);
  const url = `${window.location.origin}${link.url}`;

  const select = () => {
    const node = textRef.current;
    const selection = window.getSelection();
    if (node === null || selection === null) return;
    selection.selectAllChildren(node);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      select();
      setOutcome('selected');
    }
  };

  return (
    <div className="admin-link stack">
      <p className="admin-link__label">{label}</p>
      <code ref={textRef} className="admin-link__url" translate="no">
        {url}
      </code>
      <div className="row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOutcome(null);
            void copy();
          }}
        >
          {t('link.copy')}
        </button>
        <span role="status" aria-live="polite" className="admin-link__status">
          {outcome === 'copied' ? (
            <>
              <span aria-hidden="true">✓ </span>
              {t('link.copied')}
            </>
          ) : null}
          {outcome === 'selected' ? t('link.selected') : null}
        </span>
      </div>
      <p className="muted">
        <Trans
          t={t}
          i18nKey="link.expires"
          components={{ when: <DateTime iso={link.expiresAt} /> }}
        />
      </p>
    </div>
  );
}
