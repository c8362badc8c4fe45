import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../../api/client';
import { useMe } from '../../../../api/session';
import { useTitle } from '../../../../ui/use-title';
import { paths } from '../../paths';
import { useRecordAssessment } from '../intake-api';
import { PatientTrail, usePatientName } from '../PatientTrail';
import { draftKey } from './draft-store';
import { DraftStatus } from './DraftStatus';
import { FormErrorContext } from './form-errors';
import { FormFooter } from './FormFooter';
import { SectionBody } from './SectionBody';
import { StartFromLast } from './StartFromLast';
import { StepList } from './StepList';
import { isStep, STEPS, stepOfPath, type Step } from './steps';
import { toAssessmentInput } from './to-body';
import { useDraft } from './use-draft';
import { checkAssessment } from './validate';

/** Both sources of problems in one error: the live check of the form, then the server's words. */
function mergeErrors(client: ApiError | null, server: ApiError | null): ApiError | null {
  if (server === null) return client;
  if (client === null) return server;
  const paths = new Set(client.fields.map((f) => f.path));
  const fields = [...client.fields, ...server.fields.filter((f) => !paths.has(f.path))];
  return new ApiError(server.status, server.code, server.message, fields);
}

interface FocusRequest {
  readonly step: Step;
  readonly target: 'heading' | 'error';
  readonly n: number;
}

/** Route `new`: the intake assessment as a guided form, one section per screen. */
export function NewAssessment({ patientId }: { patientId: string }) {
  const { t } = useTranslation('intake');
  const name = usePatientName(patientId);
  useTitle(t('form.title', { name }));
  const userId = useMe().data?.user.id ?? 'signed-out';
  const { draft, status, update, discard, clear } = useDraft(draftKey(userId, patientId));
  const [params, setParams] = useSearchParams();
  const raw = params.get('step');
  const step: Step = isStep(raw) ? raw : 'history';
  const [attempted, setAttempted] = useState(false);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const handled = useRef(0);
  const sectionRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const record = useRecordAssessment(patientId);

  const body = useMemo(() => toAssessmentInput(draft), [draft]);
  const checked = useMemo(() => checkAssessment(body, t), [body, t]);
  // Problems show once the therapist has tried to submit, then update as they are fixed.
  const clientError = attempted && !checked.ok ? checked.error : null;
  const error = mergeErrors(clientError, serverError);
  const withErrors = new Set((error?.fields ?? []).map((f) => stepOfPath(f.path)));

  // Runs once the section asked for is on screen (the URL changes after the state does).
  useEffect(() => {
    if (focus === null || focus.step !== step || handled.current === focus.n) return;
    handled.current = focus.n;
    const root = sectionRef.current;
    const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = focus.target === 'error' && invalid ? invalid : root?.querySelector('h2');
    target?.focus();
    if (target === root?.querySelector('h2')) window.scrollTo({ top: 0 });
  }, [focus, step]);

  const goTo = (next: Step, target: 'heading' | 'error' = 'heading') => {
    setParams({ step: next });
    setFocus((f) => ({ step: next, target, n: (f?.n ?? 0) + 1 }));
  };

  const showProblems = (e: ApiError) => {
    const first = e.fields[0];
    goTo(first === undefined ? 'goals' : stepOfPath(first.path), 'error');
  };

  const submit = () => {
    setAttempted(true);
    if (!checked.ok) {
      showProblems(checked.error);
      return;
    }
    setServerError(null);
    record.mutate(checked.value, {
      onSuccess: (saved) => {
        clear();
        void navigate(paths.assessment(patientId, saved.id));
      },
      onError: (e) => {
        if (e instanceof ApiError) {
          setServerError(e);
          if (e.fields.length > 0) showProblems(e);
        }
      },
    });
  };

  const index = STEPS.indexOf(step);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const next = STEPS[index + 1];
    if (next === undefined) submit();
    else goTo(next);
  };

  return (
    <div className="stack intake">
      <PatientTrail patientId={patientId} current={t('form.crumb')} />
      <div className="row row--between">
        <h1>{t('form.heading', { name })}</h1>
        <DraftStatus status={status} onDiscard={discard} />
      </div>
      {status.kind === 'new' ? <StartFromLast patientId={patientId} update={update} /> : null}
      <StepList current={step} withErrors={withErrors} onGo={goTo} />
      <FormErrorContext value={error}>
        <form
          noValidate
          onSubmit={onSubmit}
          className="stack"
          aria-labelledby="intake-step-heading"
        >
          <div ref={sectionRef} className="stack">
            <SectionBody step={step} draft={draft} update={update} error={error} />
          </div>
          <FormFooter
            index={index}
            pending={record.isPending}
            failure={record.error}
            onBack={goTo}
          />
        </form>
      </FormErrorContext>
    </div>
  );
}
