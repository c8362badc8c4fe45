/** Addresses of a patient's dashboard and of the intake screens (assessments and plans). */
const patient = (patientId: string) => `/clinic/patients/${encodeURIComponent(patientId)}`;

export const paths = {
  dashboard: patient,
  intake: (patientId: string) => `${patient(patientId)}/intake`,
  newAssessment: (patientId: string) => `${patient(patientId)}/intake/new`,
  assessment: (patientId: string, id: string) =>
    `${patient(patientId)}/intake/assessments/${encodeURIComponent(id)}`,
  plan: (patientId: string, id: string) =>
    `${patient(patientId)}/intake/plans/${encodeURIComponent(id)}`,
};
