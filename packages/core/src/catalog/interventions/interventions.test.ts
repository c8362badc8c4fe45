import { describe, expect, it } from 'vitest';
import { isEvidenceId } from '../../evidence.js';
import type { EvidenceStatus, Intervention } from '../types.js';
import { INTERVENTIONS } from './index.js';

const ALL: readonly Intervention[] = INTERVENTIONS;

function interventionFor(id: string): Intervention {
  const found = ALL.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no intervention ${id}`);
  return found;
}

describe('interventions', () => {
  it('has unique kebab-case ids', () => {
    const ids = ALL.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(ALL)('$id: has a name, a description and known evidence', (intervention) => {
    expect(intervention.name.trim()).not.toBe('');
    expect(intervention.description.trim()).not.toBe('');
    expect(intervention.evidence.length).toBeGreaterThan(0);
    for (const id of intervention.evidence) expect(isEvidenceId(id), id).toBe(true);
    expect(new Set(intervention.evidence).size).toBe(intervention.evidence.length);
  });

  it.each(ALL)('$id: has a reason exactly when contested or discouraged', (intervention) => {
    const needsReason =
      intervention.status === 'contested' || intervention.status === 'discouraged';
    if (needsReason) {
      expect(intervention.reason?.trim() ?? '').not.toBe('');
      // The reason names the guideline position a clinician can check.
      expect(intervention.reason).toMatch(/NICE NG59|WHO 2023|ACP 2017|dahm-2010|lancet-2018/);
    } else {
      expect(intervention.reason).toBeUndefined();
    }
  });

  it.each<[string, EvidenceStatus, Intervention['setting']]>([
    ['thrust-manipulation', 'optional', 'clinic'],
    ['non-thrust-mobilisation', 'optional', 'clinic'],
    ['soft-tissue-massage', 'optional', 'clinic'],
    ['dry-needling', 'optional', 'clinic'],
    ['acupuncture', 'contested', 'clinic'],
    ['superficial-heat', 'recommended', 'self-care'],
    ['cold-therapy', 'optional', 'self-care'],
    ['psychologically-informed-sessions', 'recommended', 'clinic'],
    ['group-exercise-class', 'recommended', 'clinic'],
    ['bed-rest', 'discouraged', 'self-care'],
    ['lumbar-support', 'discouraged', 'self-care'],
    ['traction', 'discouraged', 'clinic'],
    ['therapeutic-ultrasound', 'discouraged', 'clinic'],
    ['tens', 'discouraged', 'clinic'],
    ['interferential-therapy', 'discouraged', 'clinic'],
    ['foot-orthotics', 'discouraged', 'self-care'],
    ['routine-imaging', 'discouraged', 'clinic'],
  ])('%s is %s (%s)', (id, status, setting) => {
    const intervention = interventionFor(id);
    expect(intervention.status).toBe(status);
    expect(intervention.setting).toBe(setting);
  });

  it.each([
    ['bed-rest', ['dahm-2010', 'lancet-2018', 'nice-ng59']],
    ['lumbar-support', ['nice-ng59', 'who-2023']],
    ['traction', ['nice-ng59', 'who-2023']],
    ['therapeutic-ultrasound', ['nice-ng59', 'who-2023']],
    ['tens', ['nice-ng59', 'who-2023']],
    ['interferential-therapy', ['nice-ng59', 'who-2023']],
    ['acupuncture', ['nice-ng59', 'acp-2017', 'who-2023']],
    ['thrust-manipulation', ['nice-ng59', 'apta-cpg-2021', 'flynn-2002']],
    ['superficial-heat', ['acp-2017']],
    ['psychologically-informed-sessions', ['startback-2011', 'nice-ng59']],
  ])('%s cites %j', (id, evidence) => {
    expect(interventionFor(id).evidence).toEqual(expect.arrayContaining(evidence));
  });

  it.each([
    'thrust-manipulation',
    'non-thrust-mobilisation',
    'soft-tissue-massage',
    'dry-needling',
    'acupuncture',
  ])('%s is only given alongside exercise (nice-ng59, apta-cpg-2021)', (id) => {
    expect(interventionFor(id).onlyWithExercise).toBe(true);
  });

  it('never marks discouraged care as needing exercise alongside', () => {
    for (const intervention of ALL.filter((i) => i.status === 'discouraged')) {
      expect(intervention.onlyWithExercise, intervention.id).toBe(false);
    }
  });

  it('describes manipulation as a technique, not a profession (claims.md)', () => {
    const { description } = interventionFor('thrust-manipulation');
    expect(description).toMatch(/technique, not a profession/i);
    expect(description).toMatch(/physiotherapists/i);
    for (const intervention of ALL) {
      expect(intervention.description).not.toMatch(/chiropractic care|cervical/i);
    }
  });

  it('says cold has little evidence (claims.md)', () => {
    expect(interventionFor('cold-therapy').description).toMatch(/little evidence/i);
  });
});
