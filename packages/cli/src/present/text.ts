/** Small text-layout helpers for terminal summaries. */

const LABEL_WIDTH = 16;

/** A labelled line, the label padded so values align. */
export function row(label: string, value: string): string {
  return `  ${label.padEnd(LABEL_WIDTH)}${value}`;
}

/** Indented detail lines under a row. */
export function detail(lines: readonly string[], bullet = '-'): string[] {
  return lines.map((l) => `  ${' '.repeat(LABEL_WIDTH)}${bullet} ${l}`);
}

export function evidence(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `[${[...new Set(ids)].join(', ')}]`;
}

export function heading(title: string): string {
  return `\n${title.toUpperCase()}`;
}
