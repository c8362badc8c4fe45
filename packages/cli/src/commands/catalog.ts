import { parseArgs } from 'node:util';
import { CATALOG, formatDose, formatFrequency } from '@backplan/core';
import { EXIT_INVALID, EXIT_OK, type Io } from '../io.js';
import { heading } from '../present/text.js';

function formatCatalog(): string {
  const lines = [
    `Backplan catalogue ${CATALOG.version}: ${CATALOG.exercises.length} exercises, ${CATALOG.lessons.length} lessons, ${CATALOG.interventions.length} interventions`,
  ];
  const categories = [...new Set(CATALOG.exercises.map((e) => e.category))];
  for (const category of categories) {
    lines.push(heading(category));
    for (const e of CATALOG.exercises.filter((x) => x.category === category)) {
      const tags = [...e.tolerance, ...e.equipment].join(', ');
      lines.push(
        `  ${e.id.padEnd(32)} L${e.level}  ${formatDose(e.dose)}, ${formatFrequency(e.frequency)}${tags === '' ? '' : `  [${tags}]`}`,
      );
    }
  }
  lines.push(heading('Lessons'));
  for (const l of CATALOG.lessons) lines.push(`  ${l.id.padEnd(32)} ${l.title} (${l.minutes} min)`);
  lines.push(heading('Interventions'));
  for (const i of CATALOG.interventions) {
    lines.push(
      `  ${i.id.padEnd(32)} ${i.status.padEnd(12)} ${i.setting.padEnd(10)} ${i.name}${i.reason === undefined ? '' : `: ${i.reason}`}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `backplan catalog [--json]` */
export function runCatalog(args: readonly string[], io: Io): number {
  let json: boolean | undefined;
  try {
    json = parseArgs({ args: [...args], options: { json: { type: 'boolean' } } }).values.json;
  } catch (e) {
    io.stderr(`backplan catalog: ${(e as Error).message}\n`);
    return EXIT_INVALID;
  }
  io.stdout(json === true ? `${JSON.stringify(CATALOG, null, 2)}\n` : formatCatalog());
  return EXIT_OK;
}
