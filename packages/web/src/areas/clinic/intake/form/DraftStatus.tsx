import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormats } from '../../format';
import type { SaveStatus } from './use-draft';

/** Whether the draft is saved in this browser, and a way to throw it away (asked twice). */
export function DraftStatus({ status, onDiscard }: { status: SaveStatus; onDiscard: () => void }) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const [confirming, setConfirming] = useState(false);
  const text =
    status.kind === 'saved'
      ? t('draft.saved', { time: f.stamp(status.at) })
      : status.kind === 'restored'
        ? t('draft.restored', { time: f.stamp(status.at) })
        : status.kind === 'failed'
          ? t('draft.failed')
          : status.kind === 'pending'
            ? t('draft.saving')
            : t('draft.new');
  return (
    <div className="draft-status row">
      <span role="status" className={status.kind === 'failed' ? 'field__error' : 'muted'}>
        {status.kind === 'saved' || status.kind === 'restored' ? (
          <span aria-hidden="true">✓ </span>
        ) : null}
        {text}
      </span>
      {status.kind === 'new' ? null : confirming ? (
        <span className="row">
          <span>{t('draft.confirmDiscard')}</span>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setConfirming(false);
              onDiscard();
            }}
          >
            {t('draft.discardYes')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {t('draft.keep')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('draft.discard')}
        </button>
      )}
    </div>
  );
}
