import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A read-only text with a Copy button. Copies through the clipboard API; where that is not
 * available (an insecure origin, a refused permission) it selects the text for the user to copy,
 * and says so. The outcome is announced.
 */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation('clinic');
  const input = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState<'copied' | 'selected' | null>(null);

  const selectText = () => {
    input.current?.focus();
    input.current?.select();
  };
  const copy = async () => {
    setSaid(null);
    try {
      // Absent on insecure origins, despite the DOM types.
      if (typeof navigator.clipboard === 'undefined') throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setSaid('copied');
    } catch {
      selectText();
      setSaid('selected');
    }
  };

  return (
    <div className="field">
      <label htmlFor="invite-link">{label}</label>
      <div className="copy-field">
        <input
          ref={input}
          id="invite-link"
          type="text"
          readOnly
          value={value}
          onFocus={(e) => {
            e.target.select();
          }}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('copy.copy')}
        </button>
      </div>
      <p className="copy-field__status" role="status" aria-live="polite">
        {said === null ? null : (
          <>
            <span aria-hidden="true">{said === 'copied' ? '✓ ' : '→ '}</span>
            {t(`copy.${said}`)}
          </>
        )}
      </p>
    </div>
  );
}
