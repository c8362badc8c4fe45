import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePatients, useStaff, type AuditFilters } from './admin-api';
import { isRangeReversed, KNOWN_ACTIONS } from './audit-query';

type Draft = {
  patientId: string;
  userId: string;
  from: string;
  to: string;
  outcome: '' | 'allowed' | 'refused';
  action: string;
};

/** Filters of the audit trail; applying them writes them to the address bar. */
export function AuditFilterForm(props: {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation('admin');
  const id = useId();
  const patients = usePatients();
  const staff = useStaff();
  const [draft, setDraft] = useState<Draft>({
    patientId: props.filters.patientId ?? '',
    userId: props.filters.userId ?? '',
    from: props.filters.from ?? '',
    to: props.filters.to ?? '',
    outcome: props.filters.outcome ?? '',
    action: props.filters.action ?? '',
  });
  const reversed = isRangeReversed({ from: draft.from, to: draft.to });
  const hasFilters = Object.values(props.filters).some((v) => v !== undefined);
  const set = (key: Exclude<keyof Draft, 'outcome'>) => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  };
  const knownPatient = patients.data?.some((p) => p.id === draft.patientId) ?? false;
  const knownUser = staff.data?.some((s) => s.id === draft.userId) ?? false;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (reversed) {
      document.getElementById(`${id}-to`)?.focus();
      return;
    }
    props.onApply({
      ...(draft.patientId === '' ? {} : { patientId: draft.patientId }),
      ...(draft.userId === '' ? {} : { userId: draft.userId }),
      ...(draft.from === '' ? {} : { from: draft.from }),
      ...(draft.to === '' ? {} : { to: draft.to }),
      ...(draft.outcome === '' ? {} : { outcome: draft.outcome }),
      ...(draft.action.trim() === '' ? {} : { action: draft.action.trim() }),
    });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('filters.title')}</h2>
      <div className="admin-filters">
        <div className="field">
          <label htmlFor={`${id}-patient`}>{t('filters.patient')}</label>
          <select
            id={`${id}-patient`}
            value={draft.patientId}
            onChange={set('patientId')}
            aria-describedby={patients.isError ? `${id}-patient-error` : undefined}
          >
            <option value="">{t('filters.anyPatient')}</option>
            {draft.patientId !== '' && !knownPatient ? (
              <option value={draft.patientId}>{t('filters.otherPatient')}</option>
            ) : null}
            {patients.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
          {patients.isError ? (
            <span id={`${id}-patient-error`} className="field__error">
              {t('filters.patientsFailed')}
            </span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-user`}>{t('filters.user')}</label>
          <select
            id={`${id}-user`}
            value={draft.userId}
            onChange={set('userId')}
            aria-describedby={`${id}-user-hint`}
          >
            <option value="">{t('filters.anyUser')}</option>
            {draft.userId !== '' && !knownUser ? (
              <option value={draft.userId}>{t('filters.otherUser')}</option>
            ) : null}
            {staff.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({t(`role.${s.role}`)})
              </option>
            ))}
          </select>
          <span id={`${id}-user-hint`} className="field__hint">
            {t('filters.userHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            onChange={set('from')}
            aria-describedby={`${id}-utc`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={draft.to}
            min={draft.from === '' ? undefined : draft.from}
            onChange={set('to')}
            aria-invalid={reversed ? true : undefined}
            aria-describedby={reversed ? `${id}-utc ${id}-to-error` : `${id}-utc`}
          />
          {reversed ? (
            <span id={`${id}-to-error`} className="field__error">
              {t('filters.reversed')}
            </span>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{t('filters.outcome')}</label>
          <select
            id={`${id}-outcome`}
            value={draft.outcome}
            onChange={(e) => {
              const value = e.target.value;
              setDraft((d) => ({
                ...d,
                outcome: value === 'allowed' || value === 'refused' ? value : '',
              }));
            }}
          >
            <option value="">{t('filters.anyOutcome')}</option>
            <option value="allowed">{t('outcome.allowed')}</option>
            <option value="refused">{t('outcome.refused')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('filters.action')}</label>
          <input
            id={`${id}-action`}
            list={`${id}-actions`}
            value={draft.action}
            onChange={set('action')}
            spellCheck={false}
            autoCapitalize="off"
            aria-describedby={`${id}-action-hint`}
          />
          <datalist id={`${id}-actions`}>
            {KNOWN_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`actionName.${a.replace(/\./g, '_')}`, { defaultValue: a })}
              </option>
            ))}
          </datalist>
          <span id={`${id}-action-hint`} className="field__hint">
            {t('filters.actionHint')}
          </span>
        </div>
      </div>
      <p id={`${id}-utc`} className="field__hint">
        {t('filters.utc')}
      </p>
      <div className="row">
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
        {hasFilters ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              props.onApply({});
            }}
          >
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
