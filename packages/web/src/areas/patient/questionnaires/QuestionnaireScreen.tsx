import { REPEATED_OUTCOMES } from '@backplan/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { useTitle } from '../../../ui/use-title';
import { QuestionnaireForm } from './QuestionnaireForm';
import { ThankYou } from './ThankYou';
import { useDueQuestionnaires, whyKey, type QuestionnaireResponse } from './questionnaire-api';
import './questionnaires.css';

/** One due questionnaire (`/patient/questionnaires/:instrument`), then the thanks and the score. */
export function QuestionnaireScreen() {
  const { t } = useTranslation('patient');
  const { instrument = '' } = useParams();
  const known = REPEATED_OUTCOMES.some((id) => id === instrument);
  const name = known ? t(`questionnaires.name.${instrument}`) : t('questionnaires.title');
  useTitle(name);
  const due = useDueQuestionnaires();
  const [done, setDone] = useState<QuestionnaireResponse | null>(null);

  // "Answer the next one" keeps this screen: only the answered questionnaire's thanks are shown.
  if (done !== null && done.instrument === instrument) {
    const remaining = (due.data?.questionnaires ?? []).filter(
      (q) => q.instrument !== done.instrument,
    );
    return <ThankYou response={done} remaining={remaining} />;
  }
  const back = (
    <p>
      <Link to="/patient/questionnaires">
        <span aria-hidden="true">← </span>
        {t('questionnaires.all')}
      </Link>
    </p>
  );
  if (due.isPending) return <Loading />;
  if (due.isError) return <ErrorState error={due.error} retry={() => void due.refetch()} />;
  const q = due.data.questionnaires.find((x) => x.instrument === instrument);
  if (q === undefined) {
    return (
      <div className="patient-page stack">
        {back}
        <h1>{name}</h1>
        <EmptyState title={t('questionnaires.notDueTitle')}>
          <p>{t('questionnaires.notDueBody')}</p>
          <Link className="button" to="/patient">
            {t('questionnaires.backToToday')}
          </Link>
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="patient-page stack">
      {back}
      <div>
        <h1>{name}</h1>
        <p>{t(`questionnaires.intro.${q.instrument}`)}</p>
        <p className="muted">{t(whyKey(q))}</p>
      </div>
      <QuestionnaireForm key={`${q.instrument}:${q.dueSince}`} questionnaire={q} onDone={setDone} />
    </div>
  );
}
