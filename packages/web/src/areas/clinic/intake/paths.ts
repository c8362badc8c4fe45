/** Addresses of the intake screens (mounted by the clinic area) and of the patient dashboard. */
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
