import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { api, ApiError } from '../../../api/client';
import { FormErrors } from '../../../ui/Field';
import { ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { formatDay } from '../dates';
import {
  morningChecksPath,
  patientKey,
  usePatientId,
  useToday,
  type MorningCheck,
  type RedFlagAnswer,
} from '../patient-api';
import { SymptomChecks } from '../log/SymptomChecks';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { useClientKey } from '../shared/client-key';
import { MissingAnswers } from '../shared/MissingAnswers';
import { ScaleField } from '../shared/ScaleField';
import { useRequiredAnswers } from '../shared/use-required-answers';

type Stiffness = MorningCheck['stiffness'];
type Compared = MorningCheck['comparedWithUsual'];
const SHOWN = ['pain', 'stiffness', 'comparedWithUsual', 'newSymptoms', 'date'];

/** The morning after a session: three quick questions on how the back feels now. */
export function MorningScreen() {
  const { t, i18n } = useTranslation('patient');
  useTitle(t('morning.title'));
  const patientId = usePatientId();
  const clientKey = useClientKey();
  const today = useToday();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [pain, setPain] = useState<number | null>(null);
  const [stiffness, setStiffness] = useState<Stiffness | null>(null);
  const [compared, setCompared] = useState<Compared | null>(null);
  const [symptoms, setSymptoms] = useState<readonly string[]>([]);
  const save = useMutation({
    mutationFn: (body: object) =>
      api.post<{ redFlag?: RedFlagAnswer | null }>(morningChecksPath(patientId), body),
    onSuccess: async (result) => {
      // A red flag may have paused the programme: Today is read again before it shows.
      await queries.invalidateQueries({ queryKey: patientKey(patientId) });
      const redFlag = result.redFlag ?? null;
      void navigate('/patient', {
        replace: redFlag?.paused === true,
        state: { saved: 'morning', told: redFlag !== null },
      });
    },
  });
  const apiError = save.error instanceof ApiError ? save.error : null;
  const { missingCount, errorOf, ready } = useRequiredAnswers(
    [
      ...(pain === null ? ['pain'] : []),
      ...(stiffness === null ? ['stiffness'] : []),
      ...(compared === null ? ['comparedWithUsual'] : []),
    ],
    apiError,
  );
  if (today.isPending) return <Loading />;
  if (today.isError) return <ErrorState error={today.error} retry={() => void today.refetch()} />;
  // Without a published plan there is no session to ask about: Today says so.
  if (today.data.status === 'preparing') return <Navigate to="/patient" replace />;

  const date = today.data.date;
  const due = today.data.morningCheckDue;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (save.isPending || !ready()) return;
    save.mutate({
      clientKey,
      date,
      pain,
      stiffness,
      comparedWithUsual: compared,
      newSymptoms: symptoms,
    });
  };

  return (
    <form className="patient-page stack" onSubmit={submit} noValidate>
      <div>
        <h1>{t('morning.title')}</h1>
        <p className="muted">
          {due === null
            ? t('morning.introAny')
            : t('morning.intro', { date: formatDay(due.sessionOn, i18n.language) })}
        </p>
      </div>
      <MissingAnswers count={missingCount} />
      <FormErrors error={apiError} shown={SHOWN} />
      <div className="card stack">
        <ScaleField
          name="pain"
          legend={t('morning.pain')}
          low={t('scale.noPain')}
          high={t('scale.worstPain')}
          value={pain}
          onChange={setPain}
          error={errorOf('pain')}
        />
        <ChoiceGroup<Stiffness>
          name="stiffness"
          legend={t('morning.stiffness')}
          choices={(['less', 'usual', 'more'] as const).map((v) => ({
            value: v,
            label: t(`morning.stiffnessChoice.${v}`),
          }))}
          value={stiffness}
          onChange={setStiffness}
          error={errorOf('stiffness')}
        />
        <ChoiceGroup<Compared>
          name="comparedWithUsual"
          legend={t('morning.compared')}
          choices={(['better', 'same', 'worse'] as const).map((v) => ({
            value: v,
            label: t(`morning.comparedChoice.${v}`),
          }))}
          value={compared}
          onChange={setCompared}
          error={errorOf('comparedWithUsual')}
        />
      </div>
      <section className="card stack" aria-labelledby="morning-new-heading">
        <h2 id="morning-new-heading">{t('log.newTitle')}</h2>
        <SymptomChecks
          value={symptoms}
          onChange={setSymptoms}
          legend={t('morning.symptomsLegend')}
          error={errorOf('newSymptoms')}
        />
      </section>
      <button type="submit" className="button button--block patient-cta" disabled={save.isPending}>
        {save.isPending ? t('log.saving') : t('morning.save')}
      </button>
      <Link to="/patient" className="button button--quiet button--block">
        {t('log.cancel')}
      </Link>
    </form>
  );
}
