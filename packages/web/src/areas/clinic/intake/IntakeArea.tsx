import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { useTitle } from '../../../ui/use-title';
import { paths } from '../paths';
import { NewAssessment } from './form/NewAssessment';
import { IntakeOverview } from './IntakeOverview';
import { PlanPage } from './plan/PlanPage';
import { AssessmentPage } from './result/AssessmentPage';
import './intake.css';

function AssessmentRoute({ patientId }: { patientId: string }) {
  const { assessmentId = '' } = useParams();
  return <AssessmentPage key={assessmentId} patientId={patientId} assessmentId={assessmentId} />;
}

function PlanRoute({ patientId }: { patientId: string }) {
  const { planId = '' } = useParams();
  // Keyed: another version is another set of edits.
  return <PlanPage key={planId} patientId={patientId} planId={planId} />;
}

function NoSuchScreen({ patientId }: { patientId: string }) {
  const { t } = useTranslation('intake');
  useTitle(t('notFound.title'));
  return (
    <div className="stack">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to={paths.intake(patientId)}>{t('notFound.back')}</Link>
      </p>
    </div>
  );
}

/**
 * The intake module, mounted at /clinic/patients/:patientId/intake/*: a new assessment, its
 * result, and the plan made from it. Keyed by patient so nothing carries over between patients.
 */
export default function IntakeArea() {
  const { patientId = '' } = useParams();
  // Loads the `intake` catalogue (suspends until it is there).
  useTranslation('intake');
  return (
    <Routes>
      <Route index element={<IntakeOverview key={patientId} patientId={patientId} />} />
      <Route path="new" element={<NewAssessment key={patientId} patientId={patientId} />} />
      <Route path="assessments/:assessmentId" element={<AssessmentRoute patientId={patientId} />} />
      <Route path="plans/:planId" element={<PlanRoute patientId={patientId} />} />
      <Route path="*" element={<NoSuchScreen patientId={patientId} />} />
    </Routes>
  );
}
