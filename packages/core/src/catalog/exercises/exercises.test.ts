import { describe, expect, it } from 'vitest';
import { EQUIPMENT, EXERCISE_CATEGORIES, GOAL_AREAS } from '../../assessment/vocabulary.js';
import { isEvidenceId } from '../../evidence.js';
import type { Demand, Dose, Exercise } from '../types.js';
import { EXERCISES } from './index.js';

// The agreed catalogue spine: id | name | category | level | position | chain (id: order).
const SPINE_TEXT = `
walking-programme | Walking programme | aerobic | 1 | walking | walking: 1 of 2
brisk-walking-intervals | Brisk walking intervals | aerobic | 2 | walking | walking: 2 of 2
stationary-cycling | Stationary cycling | aerobic | 1 | cycling | cycling: only
water-walking | Water walking | aerobic | 1 | in-water | aquatic: 1 of 2
aquatic-exercise-class | Aquatic exercise | aerobic | 2 | in-water | aquatic: 2 of 2
pelvic-tilt | Pelvic tilt | mobility | 1 | supine | pelvic-tilt: 1 of 2
wall-pelvic-tilt | Pelvic tilt against a wall | mobility | 1 | standing | pelvic-tilt: 2 of 2
knee-to-chest | Single knee to chest | mobility | 1 | supine | flexion: 1 of 3
double-knee-to-chest | Double knee to chest | mobility | 2 | supine | flexion: 2 of 3
supine-knee-rocks | Supine knee rocks | mobility | 1 | supine | knee-rocks: only
cat-camel | Cat-camel | mobility | 1 | quadruped | cat-camel: only
childs-pose | Child's pose | mobility | 1 | kneeling | childs-pose: only
open-book-rotation | Side-lying open book | mobility | 1 | side-lying | open-book: only
prone-lying | Prone lying | directional | 1 | prone | extension: 1 of 4
prone-on-elbows | Prone on elbows | directional | 1 | prone | extension: 2 of 4
prone-press-up | Prone press-up | directional | 2 | prone | extension: 3 of 4
standing-back-extension | Standing back extension | directional | 2 | standing | extension: 4 of 4
side-glide-wall | Side-glide at a wall | directional | 2 | standing | side-glide: only
seated-flexion | Seated flexion | directional | 2 | sitting | flexion: 3 of 3
hamstring-stretch | Hamstring stretch | stretch | 1 | supine | hamstring-stretch: only
hip-flexor-stretch | Hip flexor stretch | stretch | 1 | half-kneeling | hip-flexor-stretch: only
piriformis-stretch | Piriformis stretch | stretch | 1 | supine | piriformis-stretch: only
quadriceps-stretch | Quadriceps stretch | stretch | 1 | standing | quadriceps-stretch: only
sciatic-nerve-slider | Sciatic nerve slider | neural-mobility | 1 | supine | nerve-slider: 1 of 2
slump-slider | Seated slump slider | neural-mobility | 2 | sitting | nerve-slider: 2 of 2
abdominal-drawing-in | Abdominal drawing-in | motor-control | 1 | supine | drawing-in: 1 of 5
drawing-in-heel-slides | Drawing-in with heel slides | motor-control | 1 | supine | drawing-in: 2 of 5
drawing-in-bent-knee-fallouts | Drawing-in with bent-knee fall-outs | motor-control | 1 | supine | drawing-in: 3 of 5
dead-bug | Dead bug (legs) | motor-control | 2 | supine | drawing-in: 4 of 5
dead-bug-arm-leg | Dead bug, opposite arm and leg | motor-control | 3 | supine | drawing-in: 5 of 5
quadruped-rocking | Quadruped rocking | motor-control | 1 | quadruped | quadruped: 1 of 4
quadruped-arm-reach | Quadruped arm reach | motor-control | 1 | quadruped | quadruped: 2 of 4
bird-dog | Bird-dog | motor-control | 2 | quadruped | quadruped: 3 of 4
bird-dog-elbow-to-knee | Bird-dog with elbow to knee | motor-control | 3 | quadruped | quadruped: 4 of 4
seated-marching | Seated marching | motor-control | 1 | sitting | ball: 1 of 3
stability-ball-sitting | Stability-ball sitting with marching | motor-control | 2 | sitting | ball: 2 of 3
stability-ball-bridge | Stability-ball bridge | motor-control | 3 | supine | ball: 3 of 3
pilates-motor-control | Pilates-based motor control | motor-control | 2 | supine | pilates: only
curl-up | Curl-up, neutral spine | endurance | 2 | supine | curl-up: only
side-bridge-knees | Side bridge from the knees | endurance | 2 | side-lying | side-bridge: 1 of 2
side-bridge-full | Full side bridge | endurance | 3 | side-lying | side-bridge: 2 of 2
front-plank-knees | Front plank from the knees | endurance | 2 | prone | plank: 1 of 2
front-plank-full | Full front plank | endurance | 3 | prone | plank: 2 of 2
glute-bridge | Glute bridge | strength | 1 | supine | bridge: 1 of 2
single-leg-bridge | Single-leg bridge | strength | 2 | supine | bridge: 2 of 2
clamshell | Clamshell | strength | 1 | side-lying | clamshell: 1 of 2
banded-clamshell | Clamshell with band | strength | 2 | side-lying | clamshell: 2 of 2
standing-hip-abduction | Standing hip abduction | strength | 1 | standing | hip-abduction: 1 of 2
side-lying-hip-abduction | Side-lying hip abduction | strength | 1 | side-lying | hip-abduction: 2 of 2
prone-hip-extension | Prone hip extension | strength | 1 | prone | prone-extension: 1 of 2
prone-superman | Prone superman | strength | 3 | prone | prone-extension: 2 of 2
sit-to-stand | Sit to stand | strength | 1 | sitting | squat: 1 of 2
goblet-squat | Goblet squat | strength | 2 | standing | squat: 2 of 2
split-squat | Split squat | strength | 2 | standing | lunge: 1 of 2
reverse-lunge | Reverse lunge | strength | 3 | standing | lunge: 2 of 2
hip-hinge-dowel | Hip hinge with a stick | strength | 2 | standing | hinge: 1 of 3
romanian-deadlift | Romanian deadlift | strength | 3 | standing | hinge: 2 of 3
floor-to-waist-lift | Floor-to-waist lift, graded | functional | 3 | standing | hinge: 3 of 3
farmer-carry | Farmer's carry | strength | 2 | walking | carry: 1 of 2
suitcase-carry | Suitcase carry | strength | 3 | walking | carry: 2 of 2
step-up | Step-up | strength | 2 | standing | step-up: only
heel-raise | Heel raise | strength | 1 | standing | heel-raise: only
pallof-press | Pallof press | strength | 2 | standing | pallof: only
supported-single-leg-stance | Supported single-leg stance | balance | 1 | standing | balance: 1 of 4
single-leg-stance | Single-leg stance | balance | 1 | standing | balance: 2 of 4
single-leg-stance-eyes-closed | Single-leg stance, eyes closed | balance | 2 | standing | balance: 3 of 4
balance-board | Balance board | balance | 3 | standing | balance: 4 of 4
yoga-for-back-pain | Yoga for back pain | mind-body | 2 | kneeling | yoga: only
tai-chi | Tai chi | mind-body | 1 | standing | tai-chi: only
graded-exposure-task | Graded exposure to a feared task | graded-exposure | 2 | standing | graded-exposure: only
graded-forward-bend | Graded forward bending | graded-exposure | 1 | standing | graded-bending: only
relaxation-breathing | Relaxation and breathing | psychosocial | 1 | supine | relaxation: only
mindfulness-practice | Mindfulness practice | psychosocial | 1 | sitting | mindfulness: only
`;

interface SpineRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly level: number;
  readonly position: string;
  readonly chainId: string;
  readonly order: number;
}

function parseSpineRow(line: string): SpineRow {
  const [id = '', name = '', category = '', level = '', position = '', chain = ''] = line
    .split('|')
    .map((cell) => cell.trim());
  const match = /^([a-z-]+): (?:(\d+) of \d+|only)$/.exec(chain);
  if (!match) throw new Error(`Unreadable spine row: ${line}`);
  return {
    id,
    name,
    category,
    level: Number(level),
    position,
    chainId: match[1] ?? '',
    order: Number(match[2] ?? '1'),
  };
}

const SPINE = SPINE_TEXT.trim().split('\n').map(parseSpineRow);
const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));

/** The spine's neighbours of `row` in its chain, by order. */
function spineNeighbours(row: SpineRow): { previous?: string; next?: string } {
  const members = SPINE.filter((r) => r.chainId === row.chainId).sort((a, b) => a.order - b.order);
  const at = members.findIndex((r) => r.id === row.id);
  const previous = members[at - 1]?.id;
  const next = members[at + 1]?.id;
  return {
    ...(previous === undefined ? {} : { previous }),
    ...(next === undefined ? {} : { next }),
  };
}

function doseAmounts(dose: Dose): number[] {
  switch (dose.kind) {
    case 'reps':
      return [dose.sets, dose.reps];
    case 'hold':
      return [dose.sets, dose.holdSeconds];
    case 'duration':
      return [dose.minutes];
    case 'distance':
      return [dose.sets, dose.metres];
  }
}

function textOf(e: Exercise): string {
  return [e.name, e.purpose, ...e.steps, ...e.safety].join('\n');
}

describe('exercise catalogue', () => {
  it('has exactly the 73 exercises of the spine, each id once', () => {
    expect(SPINE).toHaveLength(73);
    expect(EXERCISES).toHaveLength(73);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
    expect(new Set(EXERCISES.map((e) => e.id))).toEqual(new Set(SPINE.map((r) => r.id)));
  });

  it.each(SPINE)('$id: matches the spine', (row) => {
    const e = BY_ID.get(row.id);
    expect(e).toBeDefined();
    if (!e) return;
    expect(e.name).toBe(row.name);
    expect(e.category).toBe(row.category);
    expect(e.level).toBe(row.level);
    expect(e.position).toBe(row.position);
    expect(e.chain).toEqual({ id: row.chainId, ...spineNeighbours(row) });
  });
});

describe('progression chains', () => {
  const chains = new Map<string, Exercise[]>();
  for (const e of EXERCISES) chains.set(e.chain.id, [...(chains.get(e.chain.id) ?? []), e]);

  it.each(EXERCISES)('$id: links resolve within its chain and agree both ways', (e) => {
    if (e.chain.previous !== undefined) {
      const previous = BY_ID.get(e.chain.previous);
      expect(previous?.chain.id).toBe(e.chain.id);
      expect(previous?.chain.next).toBe(e.id);
    }
    if (e.chain.next !== undefined) {
      const next = BY_ID.get(e.chain.next);
      expect(next?.chain.id).toBe(e.chain.id);
      expect(next?.chain.previous).toBe(e.id);
    }
    expect([e.chain.previous, e.chain.next]).not.toContain(e.id);
  });

  it.each([...chains.entries()])(
    '%s: one start, and walking it visits every member once',
    (_, members) => {
      const heads = members.filter((m) => m.chain.previous === undefined);
      expect(heads).toHaveLength(1);
      const seen = new Set<string>();
      let current: Exercise | undefined = heads[0];
      while (current && !seen.has(current.id) && seen.size <= members.length) {
        seen.add(current.id);
        current = current.chain.next === undefined ? undefined : BY_ID.get(current.chain.next);
      }
      expect(current).toBeUndefined();
      expect(seen).toEqual(new Set(members.map((m) => m.id)));
    },
  );

  it.each([...chains.entries()])('%s: levels never go down along the chain', (_, members) => {
    for (const m of members) {
      const next = m.chain.next === undefined ? undefined : BY_ID.get(m.chain.next);
      if (next) expect(next.level).toBeGreaterThanOrEqual(m.level);
    }
  });
});

describe.each(EXERCISES)('$id', (e) => {
  it('uses the closed vocabularies and known evidence ids', () => {
    expect(EXERCISE_CATEGORIES).toContain(e.category);
    for (const item of e.equipment) expect(EQUIPMENT).toContain(item);
    for (const goal of e.goals) expect(GOAL_AREAS).toContain(goal);
    expect(e.evidence.length).toBeGreaterThan(0);
    for (const id of e.evidence) expect(isEvidenceId(id)).toBe(true);
    expect(new Set(e.evidence).size).toBe(e.evidence.length);
    expect(new Set(e.equipment).size).toBe(e.equipment.length);
    expect(new Set(e.goals).size).toBe(e.goals.length);
    expect(new Set(e.focus).size).toBe(e.focus.length);
    expect(e.focus.length).toBeGreaterThan(0);
    expect(['recommended', 'optional']).toContain(e.status);
  });

  it('has a one-sentence purpose, 3-7 steps and 2-4 safety cues', () => {
    expect(e.purpose).toMatch(/^[A-Z][^.!?]*[.]$/);
    expect(e.steps.length).toBeGreaterThanOrEqual(3);
    expect(e.steps.length).toBeLessThanOrEqual(7);
    expect(e.safety.length).toBeGreaterThanOrEqual(2);
    expect(e.safety.length).toBeLessThanOrEqual(4);
    for (const line of [...e.steps, ...e.safety]) expect(line).toMatch(/^\S.{9,}[.]$/);
  });

  it('has a positive dose of the kind its category calls for', () => {
    for (const amount of doseAmounts(e.dose)) {
      expect(Number.isInteger(amount)).toBe(true);
      expect(amount).toBeGreaterThan(0);
    }
    if (e.category === 'aerobic' || e.category === 'mind-body')
      expect(e.dose.kind).toBe('duration');
    if (e.category === 'stretch') expect(e.dose.kind).toBe('hold');
  });

  it('has a level of 1-5 and a sensible frequency', () => {
    expect(e.level).toBeGreaterThanOrEqual(1);
    expect(e.level).toBeLessThanOrEqual(5);
    for (const n of [e.frequency.timesPerDay, e.frequency.daysPerWeek]) {
      expect(Number.isInteger(n)).toBe(true);
    }
    expect(e.frequency.timesPerDay).toBeGreaterThanOrEqual(1);
    expect(e.frequency.timesPerDay).toBeLessThanOrEqual(6);
    expect(e.frequency.daysPerWeek).toBeGreaterThanOrEqual(1);
    expect(e.frequency.daysPerWeek).toBeLessThanOrEqual(7);
  });

  it('has consistent tolerance tags and direction', () => {
    const tags = new Set(e.tolerance);
    expect(tags.size).toBe(e.tolerance.length);
    expect(tags.has('FI') && tags.has('suits-FI')).toBe(false);
    expect(tags.has('EI') && tags.has('suits-EI')).toBe(false);
    if (e.category === 'directional') expect(e.direction).toBeDefined();
    if (e.direction === 'extension') expect(tags.has('suits-FI')).toBe(true);
    if (e.direction === 'flexion') expect(tags.has('suits-EI')).toBe(true);
  });

  it('repeats none of the claims the product must not make', () => {
    expect(textOf(e)).not.toMatch(
      /\b(bed rest|brac(e|es|ing)|corsets?|lumbar supports?|cervical|cures?)\b/i,
    );
  });
});

describe('what exercises ask of the joints and spine', () => {
  // Judgement calls agreed for the condition rules (exercises.md, "Selection rules").
  const EXPECTED_DEMANDS: Record<string, readonly Demand[]> = {
    'knee-to-chest': ['deep-hip-flexion'],
    'double-knee-to-chest': ['deep-hip-flexion'],
    'childs-pose': ['deep-knee-flexion', 'deep-hip-flexion'],
    'supine-knee-rocks': ['spinal-twist'],
    'open-book-rotation': ['spinal-twist'],
    'seated-flexion': ['deep-hip-flexion', 'loaded-spinal-flexion'],
    'piriformis-stretch': ['deep-hip-flexion'],
    'quadriceps-stretch': ['deep-knee-flexion'],
    'bird-dog-elbow-to-knee': ['loaded-spinal-flexion', 'spinal-twist'],
    'curl-up': ['loaded-spinal-flexion'],
    'goblet-squat': ['deep-knee-flexion', 'deep-hip-flexion'],
    'split-squat': ['deep-knee-flexion', 'deep-hip-flexion'],
    'reverse-lunge': ['deep-knee-flexion', 'deep-hip-flexion'],
    'floor-to-waist-lift': ['deep-knee-flexion', 'deep-hip-flexion'],
    'graded-forward-bend': ['loaded-spinal-flexion'],
  };

  it.each(EXERCISES)('$id: demands as agreed, each once', (e) => {
    const demands = e.demands ?? [];
    expect(new Set(demands).size).toBe(demands.length);
    expect([...demands].sort()).toEqual([...(EXPECTED_DEMANDS[e.id] ?? [])].sort());
  });

  it('leaves every standing and sitting alternative free of demands', () => {
    for (const id of [
      'supported-single-leg-stance',
      'seated-marching',
      'standing-hip-abduction',
      'heel-raise',
      'wall-pelvic-tilt',
      'sit-to-stand',
    ]) {
      expect(BY_ID.get(id)?.demands ?? [], id).toEqual([]);
    }
  });
});

describe('doses the clinical rules fix', () => {
  it.each(EXERCISES.filter((e) => e.category === 'directional'))(
    '$id: McKenzie dosing, 1 x 10 or a 60 s hold, 6 times a day, every day',
    (e) => {
      expect(e.evidence).toContain('mckenzie-mdt');
      expect(e.frequency).toEqual({ timesPerDay: 6, daysPerWeek: 7 });
      if (e.dose.kind === 'reps') expect([e.dose.sets, e.dose.reps]).toEqual([1, 10]);
      else expect(e.dose).toEqual({ kind: 'hold', sets: 1, holdSeconds: 60, perSide: false });
    },
  );

  it('gives graded exposure 10 minutes a day, 5 days a week', () => {
    const e = BY_ID.get('graded-exposure-task');
    expect(e?.dose).toEqual({ kind: 'duration', minutes: 10 });
    expect(e?.frequency).toEqual({ timesPerDay: 1, daysPerWeek: 5 });
  });

  it('tags the floor lift FI like the Romanian deadlift, and leaves its load to the plan', () => {
    const lift = BY_ID.get('floor-to-waist-lift');
    expect(lift?.tolerance).toContain('FI');
    expect(BY_ID.get('romanian-deadlift')?.tolerance).toContain('FI');
    const load = lift?.dose.kind === 'reps' ? lift.dose.load : undefined;
    expect(load).not.toMatch(/light/i);
  });

  it('starts the balance chain with support and eyes open', () => {
    const first = BY_ID.get('supported-single-leg-stance');
    expect(first?.chain.previous).toBeUndefined();
    expect(first?.chain.next).toBe('single-leg-stance');
    expect(first?.steps.join(' ')).toMatch(/hand/);
  });
});
