/** Mobility: gentle movements of the lumbar and thoracic spine. */
import type { Pose } from '../figure.js';
import type { IllustrationSpec } from '../types.js';
import { HOOK_LYING, QUADRUPED, SIDE_LYING } from './base.js';

// Pelvic tilt: the pelvis pitch and the hips change together so the thighs stay put while the
// low back arches clear of the floor (start) and then flattens into it (end). The arch is drawn
// deeper than life and the arrow curls over the pelvis onto the low back, so the tilt still reads
// in a 96 px thumbnail, where the gap under the back is only a few pixels.
const ARCHED: Pose = {
  ...HOOK_LYING,
  pitch: -48,
  lumbar: { flex: -84 },
  spine: { flex: 42 },
  nearArm: { flex: 0, abd: 8 },
  farArm: { flex: 0, abd: 8 },
  nearLeg: { flex: 95, bend: 100, ankle: 39 },
  farLeg: { flex: 90, bend: 91, ankle: 43 },
};

const FLATTENED: Pose = {
  ...ARCHED,
  pitch: -96,
  lumbar: { flex: 0 },
  spine: { flex: 6 },
  nearArm: { flex: 4, abd: 8 },
  farArm: { flex: 4, abd: 8 },
  nearLeg: { flex: 44, bend: 100, ankle: 40 },
  farLeg: { flex: 40, bend: 92, ankle: 44 },
};

const KNEE_HUG: Pose = {
  ...HOOK_LYING,
  neck: { flex: 10 },
  nearArm: { flex: 18, abd: 40, rot: -48, bend: 96 },
  nearLeg: { flex: 125, bend: 125, ankle: 50 },
};

const BOTH_KNEES_HUG: Pose = {
  ...KNEE_HUG,
  farArm: { flex: 18, abd: 40, rot: -48, bend: 96 },
  farLeg: { flex: 120, bend: 120, ankle: 50 },
};

const ROCKED: Pose = { ...HOOK_LYING, turn: 35, spine: { twist: -35 }, neck: { twist: 0 } };

// Cat-camel: the pelvis and the hips counter the spine's bend so hands and knees stay planted.
const CAT: Pose = {
  ...QUADRUPED,
  pitch: 46,
  spine: { flex: 60 },
  neck: { flex: 40 },
  nearArm: { flex: 134 },
  farArm: { flex: 134 },
  nearLeg: { flex: 46, bend: 90, ankle: 90 },
  farLeg: { flex: 46, bend: 90, ankle: 90 },
};

const CAMEL: Pose = {
  ...CAT,
  pitch: 102,
  spine: { flex: -56 },
  neck: { flex: -40 },
  nearArm: { flex: 71 },
  farArm: { flex: 71 },
  nearLeg: { flex: 102, bend: 90, ankle: 90 },
  farLeg: { flex: 102, bend: 90, ankle: 90 },
};

const CHILD: Pose = {
  ...QUADRUPED,
  pitch: 88,
  lumbar: { flex: 22 },
  neck: { flex: 10 },
  nearArm: { flex: 186, bend: 0 },
  farArm: { flex: 186, bend: 0 },
  nearLeg: { flex: 138, bend: 140, ankle: 90 },
  farLeg: { flex: 138, bend: 140, ankle: 90 },
};

const BOOK_CLOSED: Pose = {
  ...SIDE_LYING,
  neck: { side: 10 },
  nearArm: { flex: 90 },
  farArm: { flex: 90 },
  nearLeg: { flex: 90, bend: 90 },
  farLeg: { flex: 90, bend: 90 },
};

export const MOBILITY: Readonly<Record<string, IllustrationSpec>> = {
  'pelvic-tilt': {
    start: ARCHED,
    end: FLATTENED,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', from: [18, 40], to: [-22, 8], bend: -0.55 },
    ],
    caption: 'Flatten the low back into the floor by tilting the pelvis',
  },
  'knee-to-chest': {
    start: HOOK_LYING,
    end: KNEE_HUG,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearKnee', shift: [6, -8] },
    ],
    caption: 'Hug one knee towards the chest',
  },
  'double-knee-to-chest': {
    start: HOOK_LYING,
    end: BOTH_KNEES_HUG,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearKnee', shift: [6, -8] },
    ],
    caption: 'Hug both knees towards the chest',
  },
  'supine-knee-rocks': {
    start: ROCKED,
    end: { ...ROCKED, turn: -35, spine: { twist: 35 } },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearKnee', shift: [22, 0], span: [0, 1], both: true },
    ],
    view: { elevation: 90 },
    caption: 'Knees together, rock them gently from side to side',
  },
  'cat-camel': {
    start: CAT,
    end: CAMEL,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', from: [24, 110], to: [24, 82], both: true },
    ],
    caption: 'On hands and knees, round the back up, then let it sag and look up',
  },
  'childs-pose': {
    start: QUADRUPED,
    end: CHILD,
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'pelvis', shift: [0, -18] },
    ],
    caption: 'Sit back towards the heels, arms stretched forward, and rest',
  },
  'open-book-rotation': {
    start: BOOK_CLOSED,
    end: {
      ...BOOK_CLOSED,
      spine: { twist: 90 },
      neck: { twist: 40, side: 10 },
      nearArm: { abd: 90, flex: 0 },
      farArm: { abd: 90, flex: 0 },
    },
    props: [
      { kind: 'floor' },
      { kind: 'mat' },
      { kind: 'arrow', point: 'nearHand', shift: [0, -8] },
    ],
    // Seen from above the knees: the body lies across the mat and the top arm swings from the
    // floor in front, over the chest, to the floor behind, which reads at thumbnail size where a
    // view from behind the head looked like someone sitting up.
    view: { yaw: -25, elevation: 68 },
    caption: 'Lying on the side, knees bent, open the top arm across like a book',
  },
};
