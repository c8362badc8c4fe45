export * from './assess.js';
export * from './parse.js';
export * from './plan-gate.js';
export * from './schema.js';
export * from './screen-input.js';
export * from './vocabulary.js';
export * from './calendar-date.js';
export * from './physical-measures.js';
