// The instruments module: data per instrument, one generic scorer, the important-change rule and
// content packs. Everything public is re-exported here; packages/core/src/index.ts re-exports this.
export type * from './types.js';
export { INSTRUMENTS, INSTRUMENT_IDS, getInstrument, isInstrumentId } from './registry.js';
export { scoreInstrument, scoreById, classifyRisk } from './score.js';
export { importantChange } from './important-change.js';
export { applyContentPack } from './content-pack.js';
export type {
  ContentPackInfo,
  ContentPackIssue,
  LocalisedInstrument,
  LocalisedItem,
} from './content-pack.js';
export { findBand } from './bands.js';
export { NPRS, NPRS_BANDS } from './nprs.js';
export { ODI, ODI_MAX_SKIPPED_SECTIONS } from './odi.js';
export { RMDQ, RMDQ_MAX_SKIPPED } from './rmdq.js';
export { STARTBACK } from './startback.js';
export { FABQ } from './fabq.js';
export { PSFS, PSFS_MAX_SKIPPED } from './psfs.js';
export { PSEQ, PSEQ_MAX_SKIPPED } from './pseq.js';
