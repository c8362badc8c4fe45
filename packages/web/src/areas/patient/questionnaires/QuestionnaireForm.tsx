import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../../api/client';
import { localDate } from '../dates';
import { patientKey, usePatientId } from '../patient-api';
import { focusField } from '../shared/focus-field';
import { maySkip, missingAnswers, namedAnswer } from './answers';
import { useQuestionnaireDraft, useWideScreen } from './draft';
import { FormProblems } from './FormProblems';
import { OneAtATime } from './OneAtATime';
import { QuestionField } from './QuestionField';
import {
  responsesPath,
  type DueQuestionnaire,
  type QuestionnaireResponse,
} from './questionnaire-api';

type Focus = { readonly to: 'step' } | { readonly to: 'answer'; readonly index: number };

/**
 * Answering one questionnaire: one question at a time on a phone, all of them on a wider screen.
 * Answers are kept in the tab while the patient goes (draft.ts); a question the server names in
 * its 4xx is shown with its message, and focus goes to it.
 */
export function QuestionnaireForm(props: {
  questionnaire: DueQuestionnaire;
  onDone: (response: QuestionnaireResponse) => void;
}) {
  const { questionnaire: q, onDone } = props;
  const { t } = useTranslation('patient');
  const patientId = usePatientId();
  const queries = useQueryClient();
  const wide = useWideScreen();
  const owner = `${patientId}:${q.instrument}:${q.dueSince}`;
  const { draft, update, clear } = useQuestionnaireDraft(owner, q.items.length);
  const [flagged, setFlagged] = useState<readonly number[]>([]);
  const focus = useRef<Focus | null>(null);

  // Focus moves after the render that shows its target.
  useEffect(() => {
    const target = focus.current;
    focus.current = null;
    if (target?.to === 'answer') focusField(`answers-${String(target.index)}`);
    if (target?.to === 'step') document.getElementById('qn-step-heading')?.focus();
  });

  const goTo = (step: number, to: Focus['to']) => {
    focus.current = to === 'step' ? { to } : { to, index: step };
    update({ ...draft, step });
  };
  const save = useMutation({
    mutationFn: (body: object) =>
      api.post<{ response: QuestionnaireResponse }>(responsesPath(patientId), body),
    onSuccess: async ({ response }) => {
      clear();
      onDone(response);
      await queries.invalidateQueries({ queryKey: patientKey(patientId) });
    },
    onError: (error) => {
      const named = namedAnswer(error);
      if (named !== null) goTo(named, 'answer');
    },
  });

  const answer = (index: number, value: number) => {
    const answers = draft.answers.map((a, i) => (i === index ? value : a));
    update({ ...draft, answers });
    // Once few enough are left out, the others may stay unanswered: no more marks.
    const enough = missingAnswers(answers, q.maxSkipped).length === 0;
    setFlagged((f) => (enough ? [] : f.filter((i) => i !== index)));
  };
  const send = () => {
    if (save.isPending) return;
    const missing = missingAnswers(draft.answers, q.maxSkipped);
    const first = missing[0];
    if (first !== undefined) {
      setFlagged(missing);
      goTo(first, 'answer');
      return;
    }
    const body = { clientKey: draft.clientKey, instrument: q.instrument, answers: draft.answers };
    save.mutate({ ...body, takenOn: localDate(new Date()) });
  };
  const step = Math.min(draft.step, q.items.length - 1);
  const next = () => {
    if (draft.answers[step] === null && !maySkip(draft.answers, step, q.maxSkipped)) {
      setFlagged([step]);
      goTo(step, 'answer');
    } else if (step === q.items.length - 1) send();
    else goTo(step + 1, 'step');
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (wide) send();
    else next();
  };

  const apiError = save.error instanceof ApiError ? save.error : null;
  const errorAt = (i: number) =>
    flagged.includes(i)
      ? t('questionnaires.required')
      : apiError?.fieldMessage(`answers.${String(i)}`);
  const hint = t(`questionnaires.ask.${q.instrument}`);
  // How many more answers the questionnaire needs, once the patient has tried to send it.
  const shortBy = flagged.length > 1 ? flagged.length - q.maxSkipped : 0;

  return (
    <form className="stack qn-form" onSubmit={submit} noValidate>
      <FormProblems error={save.error} shortBy={shortBy} maxSkipped={q.maxSkipped} />
      {wide ? (
        <>
          {q.items.length > 1 ? <p className="muted">{hint}</p> : null}
          <ol className="qn-all">
            {q.items.map((item, i) => (
              <li key={item.id} className="card">
                <QuestionField
                  item={item}
                  index={i}
                  {...(q.items.length > 1
                    ? { prefix: t('questionnaires.number', { n: i + 1 }) }
                    : { hint })}
                  value={draft.answers[i] ?? null}
                  onChange={(v) => {
                    answer(i, v);
                  }}
                  error={errorAt(i)}
                />
              </li>
            ))}
          </ol>
          <button
            type="submit"
            className="button button--block patient-cta"
            disabled={save.isPending}
          >
            {save.isPending ? t('log.saving') : t('questionnaires.send')}
          </button>
        </>
      ) : (
        <OneAtATime
          questionnaire={q}
          step={step}
          value={draft.answers[step] ?? null}
          skippable={draft.answers[step] === null && maySkip(draft.answers, step, q.maxSkipped)}
          hint={hint}
          error={errorAt(step)}
          sending={save.isPending}
          onAnswer={(v) => {
            answer(step, v);
          }}
          onBack={() => {
            goTo(step - 1, 'step');
          }}
        />
      )}
      <Link to="/patient" className="button button--quiet button--block">
        {t('questionnaires.later')}
      </Link>
    </form>
  );
}
