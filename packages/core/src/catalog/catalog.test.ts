import { describe, expect, it } from 'vitest';
import { isEvidenceId } from '../evidence.js';
import { hasIllustration, renderIllustration } from '../illustrations/index.js';
import { CATALOG } from './index.js';

const { exercises, lessons, interventions } = CATALOG;

describe('the catalogue as a whole', () => {
  it('has at least 60 exercises and 12 lessons', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(60);
    expect(lessons.length).toBeGreaterThanOrEqual(12);
  });

  it('has unique ids across exercises, lessons and interventions', () => {
    const all = [...exercises, ...lessons, ...interventions].map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('resolves every chain link, both ways, and no chain loops', () => {
    const byId = new Map(exercises.map((e) => [e.id, e]));
    for (const e of exercises) {
      const { previous, next } = e.chain;
      if (next !== undefined)
        expect(byId.get(next)?.chain.previous, `${e.id} -> ${next}`).toBe(e.id);
      if (previous !== undefined)
        expect(byId.get(previous)?.chain.next, `${previous} -> ${e.id}`).toBe(e.id);
      const seen = new Set<string>();
      for (let at: string | undefined = e.id; at !== undefined; at = byId.get(at)?.chain.next) {
        expect(seen.has(at), `loop through ${at}`).toBe(false);
        seen.add(at);
      }
    }
  });

  it('cites only known evidence ids', () => {
    for (const x of [...exercises, ...lessons, ...interventions]) {
      for (const id of x.evidence) expect(isEvidenceId(id), `${x.id}: ${id}`).toBe(true);
    }
  });

  it('gives every exercise an illustration that renders', () => {
    for (const e of exercises) {
      expect(hasIllustration(e.id), e.id).toBe(true);
      expect(renderIllustration(e.id, { size: 96, frame: 'end' }), e.id).toMatch(
        /^<svg[\s\S]*<\/svg>$/,
      );
    }
  });

  it('gives every exercise steps and safety cues', () => {
    for (const e of exercises) {
      expect(e.steps.length, e.id).toBeGreaterThan(0);
      expect(e.safety.length, e.id).toBeGreaterThan(0);
    }
  });

  it('marks the treatments the guidelines advise against as discouraged, with a reason', () => {
    const status = (id: string) => interventions.find((i) => i.id === id);
    for (const id of [
      'bed-rest',
      'lumbar-support',
      'therapeutic-ultrasound',
      'tens',
      'interferential-therapy',
      'traction',
    ]) {
      expect(status(id)?.status, id).toBe('discouraged');
      expect(status(id)?.reason, id).toBeTruthy();
    }
    expect(status('acupuncture')?.status).toBe('contested');
  });

  it('never ships a discouraged or contested home exercise', () => {
    for (const e of exercises) expect(['recommended', 'optional']).toContain(e.status);
  });
});
