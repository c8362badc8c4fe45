import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../api/session';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import type { AlertLevel } from '../api-types';
import { highestLevel } from '../alert-levels';
import { useClinicAlerts, usePatients } from '../queries';
import { useSafetyReason } from '../shared/use-safety-reason';
import { useStaffNames } from '../shared/use-staff-names';
import { ListControls } from './ListControls';
import { PatientListItem } from './PatientListItem';
import { matchesSearch, sortRows, type PatientRowData, type SortKey } from './patient-order';

/** The clinic's patients, who needs attention first, with search and sort. */
export function PatientList() {
  const { t } = useTranslation('clinic');
  useTitle(t('list.title'));
  const me = useMe();
  const patients = usePatients();
  const alerts = useClinicAlerts();
  const staffName = useStaffNames();
  const safetyReason = useSafetyReason();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('attention');
  const [mineOnly, setMineOnly] = useState(false);

  const rows = useMemo((): PatientRowData[] => {
    const levels = new Map<string, AlertLevel[]>();
    for (const a of alerts.data ?? [])
      levels.set(a.patientId, [...(levels.get(a.patientId) ?? []), a.level]);
    return (patients.data ?? []).map((patient) => {
      const mine = levels.get(patient.id) ?? [];
      return {
        patient,
        alertsKnown: alerts.data !== undefined,
        alertCount: mine.length,
        level: highestLevel(mine),
        planVersion: patient.activePlan?.version ?? null,
        therapistName: patient.therapistName ?? staffName(patient.therapistId),
        statusLabel: t(`status.${patient.status}`),
        safetyReason: patient.safety === null ? null : safetyReason(patient.safety),
      };
    });
  }, [patients.data, alerts.data, staffName, safetyReason, t]);

  const myId = me.data?.user.id;
  const shown = sortRows(
    rows.filter((r) => matchesSearch(r, query) && (!mineOnly || r.patient.therapistId === myId)),
    sort,
  );

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('list.title')}</h1>
        <Link className="button" to="/clinic/new">
          <span aria-hidden="true">+</span> {t('list.newPatient')}
        </Link>
      </div>
      {alerts.isError ? (
        <ErrorState error={alerts.error} retry={() => void alerts.refetch()} />
      ) : null}
      {patients.isPending ? <Loading /> : null}
      {patients.isError ? (
        <ErrorState error={patients.error} retry={() => void patients.refetch()} />
      ) : null}
      {patients.data?.length === 0 ? (
        <EmptyState title={t('list.emptyTitle')}>
          <p>{t('list.emptyBody')}</p>
          <Link className="button" to="/clinic/new">
            {t('list.addFirst')}
          </Link>
        </EmptyState>
      ) : null}
      {patients.data !== undefined && patients.data.length > 0 ? (
        <>
          <ListControls
            query={query}
            onQuery={setQuery}
            sort={sort}
            onSort={setSort}
            mineOnly={me.data?.user.role === 'therapist' ? mineOnly : null}
            onMineOnly={setMineOnly}
          />
          <p className="muted" role="status">
            {t('list.shown', { count: shown.length, total: rows.length })}
          </p>
          {shown.length === 0 ? (
            <p>{t('list.noMatch')}</p>
          ) : (
            <ul className="patient-list" aria-label={t('list.title')}>
              {shown.map((row) => (
                <PatientListItem key={row.patient.id} row={row} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </div>
  );
}
