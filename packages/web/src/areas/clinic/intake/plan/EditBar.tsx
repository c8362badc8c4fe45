import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../ui/states';
import { describeEdit } from './dose-text';
import type { useLeaveGuard } from './use-leave-guard';
import type { PlanEditor } from './use-plan-edits';

type LeaveGuard = ReturnType<typeof useLeaveGuard>;

/**
 * The unpublished changes: how many, whether the preview is up to date, undo of the last one,
 * discard of all, and the way to publish them as the next version.
 */
export function EditBar(props: {
  editor: PlanEditor;
  guard: LeaveGuard;
  nextVersion: number;
  /** A draft is published to the patient for the first time. */
  draft: boolean;
  onPublish: () => void;
}) {
  const { t } = useTranslation('intake');
  const { t: tc } = useTranslation();
  const { editor } = props;
  const last = editor.edits[editor.edits.length - 1];
  if (last === undefined && editor.error === null) return null;
  return (
    <section className="edit-bar" aria-label={t('edit.barLabel')}>
      <div className="edit-bar__inner">
        <p role="status" className="edit-bar__status">
          <strong>{t('edit.count', { count: editor.edits.length })}</strong>{' '}
          <span className="muted">
            {editor.updating
              ? t('edit.checking')
              : t('edit.checked', { count: editor.warnings.length })}
          </span>
        </p>
        {props.guard.blocked ? (
          <div className="row" role="alert">
            <strong>{t('edit.leaveQuestion')}</strong>
            <button type="button" className="button button--danger" onClick={props.guard.leave}>
              {t('edit.leave')}
            </button>
            <button type="button" className="button button--secondary" onClick={props.guard.stay}>
              {t('edit.stay')}
            </button>
          </div>
        ) : null}
        {editor.error === null ? null : (
          <p className="field__error" role="alert">
            {errorText(editor.error, tc)}{' '}
            <button type="button" className="button button--quiet" onClick={editor.retry}>
              {tc('action.tryAgain')}
            </button>
          </p>
        )}
        {last === undefined ? null : (
          <div className="row">
            <button type="button" className="button button--secondary" onClick={editor.undo}>
              <span aria-hidden="true">↶</span>
              <span>
                {t('edit.undoShort')}
                <span className="edit-bar__detail">: {describeEdit(last, t)}</span>
              </span>
            </button>
            <button type="button" className="button button--quiet" onClick={editor.reset}>
              <span>
                {t('edit.discardAllShort')}
                <span className="edit-bar__detail"> {t('edit.discardAllDetail')}</span>
              </span>
            </button>
            <button
              type="button"
              className="button"
              onClick={props.onPublish}
              disabled={editor.updating}
            >
              {props.draft
                ? t('draftPlan.publishWithChanges', { count: editor.edits.length })
                : t('edit.publish', { version: props.nextVersion })}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
