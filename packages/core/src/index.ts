/**
 * @backplan/core: the pure clinical domain. No I/O, no clock: dates are passed in.
 * Runs unchanged in the browser and on the server.
 */
export * from './evidence.js';
export * from './result.js';
export * from './instruments/index.js';
export * from './red-flags/index.js';
export * from './stratification/index.js';
export * from './assessment/index.js';
export * from './catalog/index.js';
export * from './plan/index.js';
export * from './progression/index.js';
export {
  hasIllustration,
  ILLUSTRATIONS,
  renderIllustration,
  renderStartEnd,
} from './illustrations/index.js';
export type {
  IllustrationFrame,
  IllustrationSpec,
  RenderOptions as IllustrationOptions,
} from './illustrations/index.js';
