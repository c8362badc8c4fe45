import type { Band, InstrumentDefinition, InstrumentItem } from './types.js';

/** "section" / "sections" for ODI, "item" / "items" by default. */
export function itemNoun(definition: InstrumentDefinition, count = 1): string {
  const noun = definition.itemNoun ?? { singular: 'item', plural: 'items' };
  return count === 1 ? noun.singular : noun.plural;
}

/** "section 4 (Walking)": how messages name an item. */
export function describeItem(definition: InstrumentDefinition, item: InstrumentItem): string {
  return `${itemNoun(definition)} ${item.number} (${item.label})`;
}

/** `1 section` / `3 sections`. */
export function countOf(definition: InstrumentDefinition, count: number): string {
  return `${count} ${itemNoun(definition, count)}`;
}

/**
 * A number for a sentence: at most `maxDecimals` places, trailing zeros dropped, and -0 shown
 * as 0, so float noise (6.1 - 4.1) never reaches a clinician.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(value * factor) / factor;
  return String(rounded === 0 ? 0 : rounded);
}

/** A change with its sign: "+8", "-12", "0". */
export function formatSigned(value: number): string {
  const text = formatNumber(value);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** "21-40": a band's published bounds. */
export function bandRange(band: Band): string {
  return `${formatNumber(band.min)}-${formatNumber(band.max)}`;
}

/**
 * What an unexpected value is, for an error message. It never converts objects or symbols to
 * text, because that can throw (null-prototype objects) and would echo arbitrary input.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'string':
      return value.length > 20
        ? `the text ${JSON.stringify(value.slice(0, 20))}...`
        : `the text ${JSON.stringify(value)}`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `the big integer ${value.toString()}`;
    case 'undefined':
      return 'nothing';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object';
  }
}
