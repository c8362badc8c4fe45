import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../../ui/states';
import { useTitle } from '../../../../ui/use-title';
import { useFormats } from '../../format';
import { paths } from '../../paths';
import { useAssessment } from '../intake-api';
import { PatientTrail, usePatientName } from '../PatientTrail';
import { Reasoned } from '../Reasoned';
import type { AssessmentView } from '../types';
import { Conclusions } from './Conclusions';
import { GeneratePlan } from './GeneratePlan';
import { PredictionRules } from './PredictionRules';
import { ReviewForm, ReviewRecord } from './ReviewForm';
import { ScoresCard } from './ScoresCard';
import { TriageBanner } from './TriageBanner';
import './result.css';

/** Gaps in the assessment: what was not assessed and would complete the picture. */
function Gaps({ gaps }: { gaps: readonly string[] }) {
  const { t } = useTranslation('intake');
  return (
    <section className="card stack" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{t('result.gaps')}</h2>
      {gaps.length === 0 ? (
        <p>
          <span aria-hidden="true">✓ </span>
          {t('result.noGaps')}
        </p>
      ) : (
        <ul>
          {gaps.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Result({ patientId, assessment }: { patientId: string; assessment: AssessmentView }) {
  const { t } = useTranslation('intake');
  const r = assessment.result;
  const gate = assessment.planGate;
  if (gate.status === 'blocked') {
    // An emergency: no classification, no plan; the banner above says what to do today.
    return (
      <section className="card stack" aria-labelledby="blocked-heading">
        <h2 id="blocked-heading">{t('result.blockedTitle')}</h2>
        <p>{t('result.blocked')}</p>
        <Reasoned reasons={gate.reasons} evidence={gate.evidence} />
      </section>
    );
  }
  return (
    <div className="result-layout">
      <p className="result-layout__jump">
        <a href="#next-steps">{t('result.jumpToPlan')}</a>
      </p>
      <div className="stack result-layout__main">
        <ScoresCard result={r} />
        <Conclusions result={r} />
        <PredictionRules result={r} />
        <Gaps gaps={r.gaps} />
      </div>
      <aside
        id="next-steps"
        tabIndex={-1}
        className="stack result-layout__side"
        aria-label={t('result.nextSteps')}
      >
        {gate.status === 'needs-review' ? (
          assessment.redFlagReview === null ? (
            <ReviewForm patientId={patientId} assessmentId={assessment.id} />
          ) : (
            <ReviewRecord review={assessment.redFlagReview} />
          )
        ) : null}
        <GeneratePlan patientId={patientId} assessment={assessment} />
      </aside>
    </div>
  );
}

/** Route `assessments/:assessmentId`: the triage first, then every conclusion with its reasons. */
export function AssessmentPage({
  patientId,
  assessmentId,
}: {
  patientId: string;
  assessmentId: string;
}) {
  const { t } = useTranslation('intake');
  const f = useFormats();
  const name = usePatientName(patientId);
  const query = useAssessment(patientId, assessmentId);
  const date = query.data === undefined ? '' : f.day(query.data.assessedOn);
  useTitle(t('result.pageTitle', { name, date }));
  return (
    <div className="stack intake">
      <PatientTrail patientId={patientId} current={t('result.crumb')} />
      {query.isPending ? (
        <>
          <h1>{t('result.heading')}</h1>
          <Loading />
        </>
      ) : query.isError ? (
        <>
          <h1>{t('result.heading')}</h1>
          <ErrorState error={query.error} retry={() => void query.refetch()} />
        </>
      ) : (
        <>
          <div>
            <h1>{t('result.headingFor', { name })}</h1>
            <p className="muted">
              {t('result.meta', {
                date,
                kind: t(`vocab.kind.${query.data.kind}`),
                rules: query.data.ruleVersion,
              })}{' '}
              · <Link to={paths.newAssessment(patientId)}>{t('result.another')}</Link>
            </p>
          </div>
          <TriageBanner screen={query.data.result.screen} />
          <Result patientId={patientId} assessment={query.data} />
        </>
      )}
    </div>
  );
}
