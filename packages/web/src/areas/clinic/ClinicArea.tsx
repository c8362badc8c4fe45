import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { ClinicAlerts } from './alerts/ClinicAlerts';
import { PatientList } from './list/PatientList';
import { NewPatient } from './new/NewPatient';
import { PatientDashboard } from './patient/PatientDashboard';
import './clinic.css';
import './safety/safety.css';

// The intake (assessment) and plan screens are their own module: loaded when first opened.
const IntakeArea = lazy(() => import('./intake/IntakeArea'));

/** The therapist's workspace: patients, one patient's dashboard, the clinic's alerts. */
export default function ClinicArea() {
  return (
    <Routes>
      <Route index element={<PatientList />} />
      <Route path="new" element={<NewPatient />} />
      <Route path="alerts" element={<ClinicAlerts />} />
      <Route path="patients/:patientId" element={<PatientDashboard />} />
      {/* Mount point of the intake module: assessments and plans of one patient. */}
      <Route path="patients/:patientId/intake/*" element={<IntakeArea />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
