export * from './alerts.js';
export * from './dose-steps.js';
export * from './exercise-proposal.js';
export * from './journal.js';
export * from './propose.js';
export * from './review.js';
export * from './rules.js';
export type * from './types.js';
export * from './plan-for-progress.js';
