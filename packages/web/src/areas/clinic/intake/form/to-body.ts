import { REPEATED_MOVEMENTS, QUESTIONNAIRE_IDS, type Draft, type Sided, type Tri } from './draft';

/**
 * The request body for the form as it stands: empty answers left out (the schema's defaults and
 * optional fields take over), typed numbers as numbers (a typo stays NaN, so the schema names the
 * field instead of it vanishing), lists one entry per line.
 */
type Json = Record<string, unknown>;

function num(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : Number(t.replace(',', '.'));
}

function str(text: string): string | undefined {
  const t = text.trim();
  return t === '' ? undefined : t;
}

function choice<T extends string>(value: T | ''): T | undefined {
  return value === '' ? undefined : value;
}

function tri(value: Tri): boolean | undefined {
  return value === '' ? undefined : value === 'yes';
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function sided(value: Sided): Json | undefined {
  const left = num(value.left);
  const right = num(value.right);
  if (left === undefined && right === undefined) return undefined;
  return compact({ left, right });
}

/** Drops undefined members, so optional fields are absent rather than `undefined`. */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function questionnaires(d: Draft): Json {
  const q: Json = {};
  for (const id of QUESTIONNAIRE_IDS) if (d.included.includes(id)) q[id] = d.answers[id];
  if (d.included.includes('psfs')) {
    // Every row is sent, so a message about row 2 names row 2 of the form.
    q.psfs = d.psfs.map((row) => ({
      activity: row.activity.trim(),
      rating: num(row.rating) ?? null,
    }));
  }
  return q;
}

/** The trimester only while pregnancy is ticked (the schema refuses it otherwise). */
function trimester(d: Draft): number | undefined {
  const h = d.history;
  return h.comorbidities.includes('pregnancy') ? num(h.pregnancyTrimester) : undefined;
}

/** Left out when nothing was recorded, so a plain intake sends what it always sent. */
function expectations(d: Draft): Json | undefined {
  const e = d.expectations;
  const body = compact({
    requests: e.requests.length === 0 ? undefined : e.requests,
    outlook: choice(e.outlook),
    notes: str(e.notes),
  });
  return Object.keys(body).length === 0 ? undefined : { requests: [], ...body };
}

/** Every row once the list is started, so a message about row 2 names row 2 of the form. */
function fearHierarchy(d: Draft): Json[] | undefined {
  const rows = d.fearHierarchy;
  if (rows.every((r) => r.activity.trim() === '' && r.fear.trim() === '')) return undefined;
  return rows.map((r) => ({ activity: r.activity.trim(), fear: num(r.fear) ?? null }));
}

export function toAssessmentInput(d: Draft): Json {
  const rm = d.examination.repeatedMovements;
  const m = d.measures;
  return compact({
    schemaVersion: 2,
    kind: d.kind,
    assessedOn: str(d.assessedOn),
    patient: compact({
      age: num(d.patient.age),
      sex: choice(d.patient.sex),
      workStatus: choice(d.patient.workStatus),
      workDemand: choice(d.patient.workDemand),
      occupation: str(d.patient.occupation),
    }),
    history: compact({
      onsetDate: str(d.history.onsetDate),
      onsetType: choice(d.history.onsetType),
      mechanism: str(d.history.mechanism),
      previousEpisodes: num(d.history.previousEpisodes),
      comorbidities: d.history.comorbidities,
      ageAtFirstOnset: num(d.history.ageAtFirstOnset),
      fallsInLastYear: num(d.history.fallsInLastYear),
      pregnancyTrimester: trimester(d),
      medications: lines(d.history.medications),
      treatmentsTried: lines(d.history.treatmentsTried),
    }),
    symptoms: compact({
      extent: choice(d.symptoms.extent),
      side: choice(d.symptoms.side),
      pattern: choice(d.symptoms.pattern),
      legNumbnessOrTingling: d.symptoms.legNumbnessOrTingling,
      morningStiffnessMinutes: num(d.symptoms.morningStiffnessMinutes),
      aggravating: d.symptoms.aggravating,
      easing: d.symptoms.easing,
    }),
    pain: compact({ now: num(d.pain.now), worst24h: num(d.pain.worst24h) }),
    redFlags: d.redFlags,
    questionnaires: questionnaires(d),
    examination: compact({
      lumbarHypomobility: tri(d.examination.lumbarHypomobility),
      aberrantMovement: tri(d.examination.aberrantMovement),
      proneInstabilityTest: choice(d.examination.proneInstabilityTest),
      repeatedMovements: compact(
        Object.fromEntries(REPEATED_MOVEMENTS.map((k) => [k, choice(rm[k])])),
      ),
      temperatureCelsius: num(d.examination.temperatureCelsius),
      legWeakness: tri(d.examination.legWeakness),
    }),
    measures: compact({
      fingertipToFloorCm: num(m.fingertipToFloorCm),
      straightLegRaiseDeg: sided(m.straightLegRaiseDeg),
      hipInternalRotationDeg: sided(m.hipInternalRotationDeg),
      bieringSorensenSeconds: num(m.bieringSorensenSeconds),
      trunkFlexorEnduranceSeconds: num(m.trunkFlexorEnduranceSeconds),
      sideBridgeSeconds: sided(m.sideBridgeSeconds),
      fiveTimesSitToStandSeconds: num(m.fiveTimesSitToStandSeconds),
      walkingMinutesPerDay: num(m.walkingMinutesPerDay),
      walkingToleranceMinutes: num(m.walkingToleranceMinutes),
      stepsPerDay: num(m.stepsPerDay),
    }),
    expectations: expectations(d),
    fearHierarchy: fearHierarchy(d),
    goals: d.goals.map((g) => ({ area: g.area, text: g.text.trim() })),
    preferences: d.preferences,
    equipment: d.equipment,
    minutesPerDay: num(d.minutesPerDay),
  });
}
