import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../ui/states';
import { describeEdit } from './dose-text';
import type { PlanEditor } from './use-plan-edits';
import { WarningList } from './WarningList';

/**
 * Confirms publishing: the version number it will get, the changes, and the warnings the
 * clinician accepts by publishing. A native modal dialog, so focus stays inside and Esc closes.
 */
export function PublishDialog(props: {
  open: boolean;
  editor: PlanEditor;
  version: number;
  /** Publishing a draft: the patient sees a programme for the first time. */
  draft: boolean;
  pending: boolean;
  failure: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('intake');
  const { t: tc } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      className="publish-dialog"
      aria-labelledby="publish-title"
      onClose={props.onClose}
    >
      {props.open ? (
        <div className="stack">
          <h2 id="publish-title">
            {props.draft
              ? t('draftPlan.dialogTitle')
              : t('publish.title', { version: props.version })}
          </h2>
          <p>
            {props.draft
              ? t('draftPlan.dialogIntro', { version: props.version })
              : t('publish.intro', { version: props.version })}
          </p>
          {props.editor.edits.length === 0 ? null : (
            <ul>
              {props.editor.edits.map((e, i) => (
                <li key={i}>{describeEdit(e, t)}</li>
              ))}
            </ul>
          )}
          {props.editor.warnings.length === 0 ? (
            <p>
              <span aria-hidden="true">✓ </span>
              {t('publish.noWarnings')}
            </p>
          ) : (
            <>
              <p>
                <strong>{t('publish.accept', { count: props.editor.warnings.length })}</strong>
              </p>
              <WarningList warnings={props.editor.warnings} />
            </>
          )}
          {props.failure === null ? null : (
            <p className="field__error" role="alert">
              {errorText(props.failure, tc)}
            </p>
          )}
          <div className="row">
            <button
              type="button"
              className="button"
              onClick={props.onConfirm}
              disabled={props.pending}
            >
              {props.pending
                ? t('publish.working')
                : props.draft
                  ? t('draftPlan.publish')
                  : t('publish.confirm', { version: props.version })}
            </button>
            <button type="button" className="button button--secondary" onClick={props.onClose}>
              {t('edit.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
