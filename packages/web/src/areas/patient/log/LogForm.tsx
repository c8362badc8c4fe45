import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ApiError } from '../../../api/client';
import { Field, FormErrors } from '../../../ui/Field';
import { addDays, formatDay } from '../dates';
import { journalPath, patientKey, usePatientId, type RedFlagAnswer } from '../patient-api';
import { useClientKey } from '../shared/client-key';
import { focusField } from '../shared/focus-field';
import { MissingAnswers } from '../shared/MissingAnswers';
import { useRequiredAnswers } from '../shared/use-required-answers';
import { ExerciseChoices } from './ExerciseChoices';
import { FeelSection } from './FeelSection';
import { initialState, missingFields, toBody, type LogExercise, type LogState } from './log-form';
import { SymptomChecks } from './SymptomChecks';

const WHEN = ['today', 'yesterday'] as const;
const SHOWN = ['painBefore', 'painDuring', 'effort', 'legPainSpread', 'newSymptoms', 'notes'];

export function LogForm(props: {
  exercises: readonly LogExercise[];
  restDay: boolean;
  planId: string;
  /** The plan's first day: a session before it belongs to no plan, so it is not offered. */
  planStart: string;
  date: string;
  counts: Readonly<Record<string, number>>;
}) {
  const { t, i18n } = useTranslation('patient');
  const { exercises, planId, date, counts } = props;
  const patientId = usePatientId();
  const clientKey = useClientKey();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [state, setState] = useState<LogState>(() => initialState(exercises, counts));
  // A session is often logged later: the evening's session the next morning.
  const [when, setWhen] = useState<'today' | 'yesterday'>('today');
  const days = { today: date, yesterday: addDays(date, -1) };
  const options = days.yesterday < props.planStart ? (['today'] as const) : WHEN;
  const performedOn = days[when];
  const set = (patch: Partial<LogState>) => {
    setState((s) => ({ ...s, ...patch }));
  };

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toBody>) =>
      api.post<{ redFlag: RedFlagAnswer | null }>(journalPath(patientId), body),
    onSuccess: async (result) => {
      // Read the day again first: a red flag may have paused the programme, and Today then
      // shows what to do instead of the exercises.
      await queries.invalidateQueries({ queryKey: patientKey(patientId) });
      void navigate('/patient', {
        replace: result.redFlag?.paused === true,
        state: { saved: 'session', told: result.redFlag !== null },
      });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.code === 'programme-paused') {
        // Paused since the form was opened: Today says why and what to do.
        await queries.invalidateQueries({ queryKey: patientKey(patientId) });
        void navigate('/patient', { replace: true });
        return;
      }
      // Land on the first answer the server questioned, or on the message at the top.
      const named = error instanceof ApiError ? error.fields.map((f) => f.path) : [];
      const first = named
        .map((p) => p.replace(/^body\./, '').replace(/^(exercises\.\d+)\..*$/, '$1.completion'))
        .find((n) => SHOWN.includes(n) || n.startsWith('exercises.'));
      if (first === undefined) window.scrollTo({ top: 0 });
      else focusField(first);
    },
  });
  const apiError = save.error instanceof ApiError ? save.error : null;
  const { missingCount, errorOf, ready } = useRequiredAnswers(
    missingFields(state, exercises),
    apiError,
  );

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (save.isPending || !ready()) return;
    save.mutate(toBody({ state, exercises, counts, clientKey, planId, performedOn }));
  };
  const exerciseFields = exercises.map((_, i) => `exercises.${String(i)}.completion`);

  return (
    <form className="patient-page stack" onSubmit={submit} noValidate>
      <div>
        <h1>{t('log.title')}</h1>
        <p className="muted">{t('log.intro', { date: formatDay(date, i18n.language) })}</p>
        {props.restDay ? <p>{t('log.restDay')}</p> : null}
      </div>
      <MissingAnswers count={missingCount} />
      <FormErrors error={apiError} shown={[...SHOWN, 'performedOn', ...exerciseFields]} />
      <fieldset className="card log-when">
        <legend>{t('log.whenLegend')}</legend>
        <div className="row">
          {options.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="performedOn"
                value={option}
                checked={when === option}
                onChange={() => {
                  setWhen(option);
                }}
              />
              {t(option === 'today' ? 'log.whenToday' : 'log.whenYesterday', {
                date: formatDay(days[option], i18n.language),
              })}
            </label>
          ))}
        </div>
        {apiError?.fieldMessage('performedOn') === undefined ? null : (
          <span className="field__error">{apiError.fieldMessage('performedOn')}</span>
        )}
      </fieldset>
      <ExerciseChoices
        exercises={exercises}
        completions={state.completions}
        onChange={(completions) => {
          set({ completions });
        }}
        errorOf={errorOf}
      />
      <FeelSection state={state} set={set} errorOf={errorOf} />
      <section className="card stack" aria-labelledby="log-new-heading">
        <h2 id="log-new-heading">{t('log.newTitle')}</h2>
        <SymptomChecks
          value={state.newSymptoms}
          onChange={(newSymptoms) => {
            set({ newSymptoms });
          }}
          error={errorOf('newSymptoms')}
        />
        <Field label={t('log.notes')} name="notes" hint={t('log.notesHint')} error={apiError}>
          {(control) => (
            <textarea
              {...control}
              maxLength={2000}
              value={state.notes}
              onChange={(e) => {
                set({ notes: e.target.value });
              }}
            />
          )}
        </Field>
      </section>
      <div className="stack">
        <button
          type="submit"
          className="button button--block patient-cta"
          disabled={save.isPending}
        >
          {save.isPending ? t('log.saving') : t('log.save')}
        </button>
        <Link to="/patient" className="button button--quiet button--block">
          {t('log.cancel')}
        </Link>
      </div>
    </form>
  );
}
