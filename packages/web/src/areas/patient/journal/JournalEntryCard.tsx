import { EXERCISES } from '@backplan/core';
import { useTranslation } from 'react-i18next';
import { addDays, formatDay, localDate } from '../dates';
import type { Completion, JournalItem } from '../patient-api';
import { TherapistNote } from '../today/TodayExtras';

const MARK: Record<Completion, string> = {
  done: '✓',
  partial: '◐',
  'stopped-pain': '✗',
  'skipped-pain': '–',
  'skipped-other': '–',
};

const SCORES = ['painBefore', 'painDuring', 'effort'] as const;

/** One logged session: what was done, how it felt, the next morning, and the therapist's words. */
export function JournalEntryCard({ entry }: { entry: JournalItem }) {
  const { t, i18n } = useTranslation('patient');
  const check = entry.morningCheck;
  const checkDue = addDays(entry.performedOn, 1) >= localDate(new Date());
  return (
    <li className="card stack journal-entry">
      <h3>{formatDay(entry.performedOn, i18n.language)}</h3>
      <dl className="journal-entry__scores">
        {SCORES.map((score) => (
          <div key={score}>
            <dt>{t(`journal.${score}`)}</dt>
            <dd>
              {entry[score]}
              <span className="journal-entry__outof">{t('journal.outOfTen')}</span>
            </dd>
          </div>
        ))}
      </dl>
      {entry.exercises.length === 0 ? null : (
        <ul className="journal-entry__exercises">
          {entry.exercises.map((x) => (
            <li key={x.exerciseId}>
              <span aria-hidden="true" className="journal-entry__mark">
                {MARK[x.completion]}
              </span>{' '}
              {EXERCISES.find((e) => e.id === x.exerciseId)?.name ?? x.exerciseId}
              {': '}
              <span className="muted">{t(`completion.${x.completion}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {entry.legPainSpread || entry.newSymptoms.length > 0 ? (
        <p className="row">
          {entry.legPainSpread ? (
            <span className="badge badge--warn">
              <span aria-hidden="true">!</span> {t('journal.legPain')}
            </span>
          ) : null}
          {entry.newSymptoms.map((s) => (
            <span key={s} className="badge badge--danger">
              <span aria-hidden="true">!</span> {t(`symptom.${s}`, { defaultValue: s })}
            </span>
          ))}
        </p>
      ) : null}
      {entry.notes === undefined ? null : (
        <p>
          <span className="muted">{t('journal.yourNotes')}</span> {entry.notes}
        </p>
      )}
      <p className={check === null ? 'muted' : ''}>
        {check === null
          ? t(checkDue ? 'journal.morningNotYet' : 'journal.noMorning')
          : t('journal.morning', {
              pain: check.pain,
              stiffness: t(`journal.stiffness.${check.stiffness}`),
              compared: t(`journal.compared.${check.comparedWithUsual}`),
            })}
      </p>
      {entry.comments.map((c) => (
        <div key={c.id} className="journal-entry__comment">
          <TherapistNote note={c} />
        </div>
      ))}
    </li>
  );
}
