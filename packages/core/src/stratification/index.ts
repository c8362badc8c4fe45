export * from './approach.js';
export * from './directional-preference.js';
export * from './prediction-rules.js';
export * from './psychosocial.js';
export * from './stage.js';
export * from './start-back.js';
export * from './thresholds.js';
export * from './tolerance.js';
