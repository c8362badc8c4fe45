/** Every exercise's illustration, keyed by catalogue id. */
import type { IllustrationSpec } from '../types.js';
import { AEROBIC } from './aerobic.js';
import { BALANCE_MIND } from './balance-mind.js';
import { DIRECTIONAL } from './directional.js';
import { ENDURANCE } from './endurance.js';
import { MOBILITY } from './mobility.js';
import { MOTOR_CONTROL } from './motor-control.js';
import { STRENGTH_FLOOR } from './strength-floor.js';
import { STRENGTH_STANDING } from './strength-standing.js';
import { STRETCH } from './stretch.js';
import { UPRIGHT } from './upright.js';

export const ILLUSTRATIONS: Readonly<Record<string, IllustrationSpec>> = {
  ...AEROBIC,
  ...MOBILITY,
  ...DIRECTIONAL,
  ...STRETCH,
  ...MOTOR_CONTROL,
  ...ENDURANCE,
  ...STRENGTH_FLOOR,
  ...STRENGTH_STANDING,
  ...BALANCE_MIND,
  ...UPRIGHT,
};
