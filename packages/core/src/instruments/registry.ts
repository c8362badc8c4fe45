import { FABQ } from './fabq.js';
import { NPRS } from './nprs.js';
import { ODI } from './odi.js';
import { PSEQ } from './pseq.js';
import { PSFS } from './psfs.js';
import { RMDQ } from './rmdq.js';
import { STARTBACK } from './startback.js';
import { normaliseDefinition } from './normalise.js';
import type { InstrumentDefinition, InstrumentId } from './types.js';

/**
 * Every instrument the product ships, by id. Adding one means adding data here, not code. Each is
 * normalised to one object shape so the scorer stays fast (normalise.ts).
 */
export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  nprs: normaliseDefinition(NPRS),
  odi: normaliseDefinition(ODI),
  rmdq: normaliseDefinition(RMDQ),
  startback: normaliseDefinition(STARTBACK),
  fabq: normaliseDefinition(FABQ),
  psfs: normaliseDefinition(PSFS),
  pseq: normaliseDefinition(PSEQ),
};

/** Instrument ids in display order. */
export const INSTRUMENT_IDS: readonly InstrumentId[] = [
  'nprs',
  'odi',
  'rmdq',
  'startback',
  'fabq',
  'psfs',
  'pseq',
];

/** True when `x` names a shipped instrument. */
export function isInstrumentId(x: string): x is InstrumentId {
  return Object.hasOwn(INSTRUMENTS, x);
}

/** The definition for an instrument id; undefined for an unknown string. */
export function getInstrument(id: InstrumentId): InstrumentDefinition;
export function getInstrument(id: string): InstrumentDefinition | undefined;
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return isInstrumentId(id) ? INSTRUMENTS[id] : undefined;
}

/** The highest option index of any item of any instrument (NPRS's 10): answers lie in 0..this. */
export const MAX_OPTION_INDEX = Math.max(
  ...Object.values(INSTRUMENTS).flatMap((d) => d.items.map((i) => i.options.length - 1)),
);
