import type { Exercise } from '../types.js';
import { AEROBIC_EXERCISES } from './aerobic.js';
import { BALANCE_MIND_BODY_EXERCISES } from './balance-mind-body.js';
import { DIRECTIONAL_EXERCISES } from './directional.js';
import { ENDURANCE_EXERCISES } from './endurance.js';
import { GRADED_PSYCHOSOCIAL_EXERCISES } from './graded-psychosocial.js';
import { MOBILITY_EXERCISES } from './mobility.js';
import { MOTOR_CONTROL_QUADRUPED_BALL_EXERCISES } from './motor-control-quadruped-ball.js';
import { MOTOR_CONTROL_EXERCISES } from './motor-control.js';
import { STRENGTH_CARRY_FUNCTIONAL_EXERCISES } from './strength-carry-functional.js';
import { STRENGTH_HIP_EXERCISES } from './strength-hip.js';
import { STRENGTH_LOWER_EXERCISES } from './strength-lower.js';
import { STRETCH_NEURAL_EXERCISES } from './stretch-neural.js';
import { UPRIGHT_EXERCISES } from './upright.js';

/**
 * The home exercise catalogue (exercises.md), from general activity through mobility and
 * directional work to motor control, strength, balance, mind-body and graded exposure. Starting
 * doses are common clinical starting points [design]; each entry cites its evidence ids.
 */
export const EXERCISES: readonly Exercise[] = [
  ...AEROBIC_EXERCISES,
  ...MOBILITY_EXERCISES,
  ...DIRECTIONAL_EXERCISES,
  ...STRETCH_NEURAL_EXERCISES,
  ...MOTOR_CONTROL_EXERCISES,
  ...MOTOR_CONTROL_QUADRUPED_BALL_EXERCISES,
  ...ENDURANCE_EXERCISES,
  ...STRENGTH_HIP_EXERCISES,
  ...STRENGTH_LOWER_EXERCISES,
  ...STRENGTH_CARRY_FUNCTIONAL_EXERCISES,
  ...BALANCE_MIND_BODY_EXERCISES,
  ...GRADED_PSYCHOSOCIAL_EXERCISES,
  ...UPRIGHT_EXERCISES,
];
