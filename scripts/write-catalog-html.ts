/**
 * Writes docs/catalog.html: a contact sheet of the exercise catalogue, one card per exercise with
 * its animated illustration, dose, tolerance tags, demands, equipment and progression chain. Self-contained
 * (inline CSS and SVG, no scripts, no network) so it can be opened from disk or attached to a
 * review. Run with `npx tsx scripts/write-catalog-html.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDose, formatFrequency } from '../packages/core/src/catalog/dose.js';
import { EXERCISES } from '../packages/core/src/catalog/exercises/index.js';
import type { Exercise, ToleranceTag } from '../packages/core/src/catalog/types.js';
import { renderIllustration } from '../packages/core/src/illustrations/index.js';

const target = fileURLToPath(new URL('../docs/catalog.html', import.meta.url));

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const byId = new Map(EXERCISES.map((e) => [e.id, e]));

function nameOf(id: string | undefined): string | undefined {
  return id === undefined ? undefined : (byId.get(id)?.name ?? id);
}

const TOLERANCE_CLASS: Readonly<Record<ToleranceTag, string>> = {
  FI: 'tag caution',
  EI: 'tag caution',
  'suits-FI': 'tag suits',
  'suits-EI': 'tag suits',
};

function labels(items: readonly string[], className: (item: string) => string): string {
  return items
    .map((item) => `<span class="${className(item)}">${escapeHtml(item)}</span>`)
    .join('');
}

function chainLine(e: Exercise): string {
  const previous = nameOf(e.chain.previous);
  const next = nameOf(e.chain.next);
  if (previous === undefined && next === undefined) return '';
  const parts = [
    previous === undefined ? '' : `&larr; ${escapeHtml(previous)}`,
    next === undefined ? '' : `${escapeHtml(next)} &rarr;`,
  ].filter((p) => p !== '');
  return `<p class="chain">${parts.join(' &middot; ')}</p>`;
}

function card(e: Exercise): string {
  const svg =
    renderIllustration(e.id, { size: 180, title: e.name }) ??
    '<div class="missing">no illustration</div>';
  const equipment = e.equipment.length === 0 ? ['no equipment'] : e.equipment;
  return `<article class="card" id="${escapeHtml(e.id)}">
<div class="art">${svg}</div>
<h3>${escapeHtml(e.name)}</h3>
<p class="meta">${escapeHtml(categoryLabel(e.category))} &middot; level ${e.level}</p>
<p class="dose">${escapeHtml(formatDose(e.dose))}, ${escapeHtml(formatFrequency(e.frequency))}</p>
<p class="labels">${labels(e.tolerance, (t) => TOLERANCE_CLASS[t as ToleranceTag])}${labels(e.demands ?? [], () => 'tag caution')}${labels(equipment, () => 'tag kit')}</p>
${chainLine(e)}
</article>`;
}

/** "motor-control" -> "Motor control". */
function categoryLabel(category: string): string {
  const words = category.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function section(category: string, exercises: readonly Exercise[]): string {
  return `<section><h2>${escapeHtml(categoryLabel(category))} <small>${exercises.length}</small></h2>
<div class="grid">${exercises.map(card).join('\n')}</div></section>`;
}

const categories = [...new Set(EXERCISES.map((e) => e.category))];
const css = `
*{box-sizing:border-box}
body{margin:0;padding:16px;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2a37;background:#f5f7fa}
header{max-width:1200px;margin:0 auto 8px}
h1{font-size:22px;margin:0 0 4px}
header p{margin:0;color:#526171}
section{max-width:1200px;margin:0 auto}
h2{font-size:16px;margin:20px 0 8px;color:#34495e}
h2 small{font-weight:normal;color:#8796a5}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px}
.card{background:#fff;border:1px solid #dfe5ec;border-radius:10px;padding:10px 12px 12px}
.art{height:168px;display:flex;align-items:center;justify-content:center;background:#fbfcfd;border-radius:6px;margin-bottom:6px}
.art svg{max-width:100%;max-height:156px;width:auto;height:auto}
h3{font-size:15px;margin:4px 0 2px}
.meta{margin:0;color:#526171;font-size:12px}
.dose{margin:4px 0;font-size:13px}
.labels{margin:4px 0;display:flex;flex-wrap:wrap;gap:4px}
.tag{display:inline-block;font-size:11px;padding:1px 7px;border-radius:999px;border:1px solid}
.caution{background:#fff4e6;border-color:#ffc078;color:#a14a00}
.suits{background:#ebfbee;border-color:#8ce99a;color:#1f6f34}
.kit{background:#f1f3f5;border-color:#ced4da;color:#495057}
.chain{margin:6px 0 0;font-size:12px;color:#526171}
.missing{color:#c92a2a}
@media (max-width:480px){body{padding:10px}.grid{grid-template-columns:1fr 1fr;gap:8px}.card{padding:8px}.art{height:132px}}
`;

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Exercise catalogue: contact sheet</title>
<style>${css}</style>
</head>
<body>
<header><h1>Exercise catalogue</h1>
<p>${EXERCISES.length} exercises. Illustrations are drawn from data by the core package; they loop between the start and end positions (still, showing the end position, when reduced motion is requested).</p></header>
${categories
  .map((c) =>
    section(
      c,
      EXERCISES.filter((e) => e.category === c),
    ),
  )
  .join('\n')}
</body>
</html>
`;

writeFileSync(target, html);
console.log(`wrote ${target} (${EXERCISES.length} exercises)`);
