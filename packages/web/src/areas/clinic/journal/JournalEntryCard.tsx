import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalItem } from '../api-types';
import { useFormats } from '../format';
import { CommentForm } from './CommentForm';
import { ExerciseLogList } from './ExerciseLogList';
import { MorningCheckLine } from './MorningCheckLine';

/** One logged session with its next-morning check, comments, and a way to comment. */
export function JournalEntryCard(props: { entry: JournalItem; patientId: string }) {
  const { entry: e, patientId } = props;
  const { t } = useTranslation('clinic');
  const f = useFormats();
  const [commenting, setCommenting] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Back on the Comment button once the form closes, so the keyboard user keeps their place.
  useEffect(() => {
    if (!commenting && returnFocus.current) {
      returnFocus.current = false;
      toggle.current?.focus();
    }
  }, [commenting]);
  const redFlag = e.newSymptoms.length > 0;
  const titleId = `entry-${e.id}`;
  const rise = e.painDuring - e.painBefore;
  return (
    <li
      className={`journal-entry card${redFlag ? ' journal-entry--red-flag' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="journal-entry__head">
        <h3 id={titleId}>{f.dayLong(e.performedOn)}</h3>
        {redFlag ? (
          <span className="badge badge--danger">
            <span aria-hidden="true">⚠</span>
            {t('journal.redFlagBadge')}
          </span>
        ) : null}
        {e.legPainSpread ? (
          <span className="badge badge--warn">
            <span aria-hidden="true">▼</span>
            {t('journal.legPainSpread')}
          </span>
        ) : null}
      </div>
      {redFlag ? (
        <div className="banner banner--danger">
          <span className="banner__icon" aria-hidden="true">
            ⚠
          </span>
          <div>
            <p>
              <strong>{t('journal.redFlagTitle')}</strong>
            </p>
            <ul>
              {e.newSymptoms.map((s) => (
                <li key={s}>{t(`symptom.${s}`, { defaultValue: s })}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <dl className="facts facts--inline">
        <div>
          <dt>{t('journal.painBefore')}</dt>
          <dd>{t('journal.outOf10', { value: e.painBefore })}</dd>
        </div>
        <div>
          <dt>{t('journal.painDuring')}</dt>
          <dd className={e.painDuring > 5 || rise > 2 ? 'flagged' : undefined}>
            {t('journal.outOf10', { value: e.painDuring })}
            {rise === 0 ? null : <span className="muted"> ({f.signed(rise)})</span>}
            {e.painDuring > 5 || rise > 2 ? (
              <span className="flag-note">
                {' '}
                <span aria-hidden="true">▲</span> {t('journal.aboveLimit')}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('journal.effort')}</dt>
          <dd>{t('journal.outOf10', { value: e.effort })}</dd>
        </div>
      </dl>
      <ExerciseLogList logs={e.exercises} />
      {e.notes === undefined ? null : (
        <div className="patient-note">
          <p className="small muted">{t('journal.patientNote')}</p>
          <blockquote>{e.notes}</blockquote>
        </div>
      )}
      <MorningCheckLine check={e.morningCheck} />
      {e.comments.length === 0 ? null : (
        <div>
          <h4 className="small-heading">{t('journal.comments')}</h4>
          <ul className="comments">
            {e.comments.map((c) => (
              <li key={c.id}>
                <p className="small muted">
                  {t('journal.commentBy', {
                    name: c.authorName ?? t('staff.unknown'),
                    when: f.stamp(c.createdAt),
                  })}
                </p>
                <p className="comment-body">{c.body}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {commenting ? (
        <CommentForm
          patientId={patientId}
          entryId={e.id}
          onDone={() => {
            returnFocus.current = true;
            setCommenting(false);
          }}
        />
      ) : (
        <button
          ref={toggle}
          type="button"
          className="button button--secondary"
          onClick={() => {
            setCommenting(true);
          }}
        >
          {t('journal.comment')}
          <span className="visually-hidden">
            {' '}
            {t('journal.commentOn', { date: f.day(e.performedOn) })}
          </span>
        </button>
      )}
    </li>
  );
}
