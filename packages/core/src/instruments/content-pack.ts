import { err, ok, type Result } from '../result.js';
import {
  clip,
  isRecord,
  isText,
  requireText,
  optionalText,
  unknownFields,
} from './content-pack-fields.js';
import type { InstrumentDefinition, InstrumentItem } from './types.js';

/** Where the official wording came from, as the clinic's pack states it. */
export interface ContentPackInfo {
  readonly language: string;
  readonly source: string;
  readonly title?: string;
  readonly instructions?: string;
}

/** An item with the licensed wording next to our paraphrase; scoring uses neither. */
export interface LocalisedItem extends InstrumentItem {
  readonly officialText?: string;
  readonly officialOptions?: readonly string[];
}

/** A definition with a clinic's licensed wording applied. It scores exactly like the original. */
export interface LocalisedInstrument extends InstrumentDefinition {
  readonly items: readonly LocalisedItem[];
  readonly contentPack: ContentPackInfo;
}

/** One problem with a content pack: where (`items.odi.walking.options`) and what. */
export interface ContentPackIssue {
  readonly path: string;
  readonly message: string;
}

const PACK_FIELDS = ['instrument', 'language', 'source', 'title', 'instructions', 'items'];
const ITEM_FIELDS = ['text', 'options'];

/**
 * Applies a clinic's licensed wording, loaded as JSON, to a definition. The pack is checked by
 * hand and every problem is reported with its path, so a clinic can fix its file in one pass.
 */
export function applyContentPack(
  definition: InstrumentDefinition,
  pack: unknown,
): Result<LocalisedInstrument, ContentPackIssue[]> {
  if (!isRecord(pack)) {
    return err([{ path: '', message: 'The content pack must be a JSON object.' }]);
  }
  const issues: ContentPackIssue[] = unknownFields(pack, PACK_FIELDS, '');
  if (pack.instrument !== definition.id) {
    const given = typeof pack.instrument === 'string' ? ` "${clip(pack.instrument)}"` : ' no id';
    issues.push({
      path: 'instrument',
      message: `The pack names${given} as its instrument but is being applied to "${definition.id}".`,
    });
  }
  const language = requireText(pack, 'language', '', issues);
  const source = requireText(pack, 'source', '', issues);
  const title = optionalText(pack, 'title', issues);
  const instructions = optionalText(pack, 'instructions', issues);
  const wording = new Map<string, { text: string; options?: readonly string[] }>();
  if (!isRecord(pack.items)) {
    issues.push({ path: 'items', message: 'items must be an object keyed by item id.' });
  } else {
    const byId = new Map(definition.items.map((item) => [item.id, item]));
    for (const [id, entry] of Object.entries(pack.items)) {
      const item = byId.get(id);
      const path = `items.${id}`;
      if (item === undefined) {
        issues.push({
          path,
          message: `"${clip(id)}" is not an item id of ${definition.abbreviation} (known ids: ${[...byId.keys()].join(', ')}).`,
        });
      } else if (!isRecord(entry)) {
        issues.push({ path, message: `The wording for ${id} must be an object with a text.` });
      } else {
        issues.push(...unknownFields(entry, ITEM_FIELDS, `${path}.`));
        const text = requireText(entry, 'text', `${path}.`, issues);
        const options = checkOptions(item, entry.options, `${path}.options`, issues);
        if (text !== undefined) wording.set(id, { text, ...(options && { options }) });
      }
    }
  }
  if (issues.length > 0 || language === undefined || source === undefined) return err(issues);
  return ok({
    ...definition,
    items: definition.items.map((item): LocalisedItem => {
      const official = wording.get(item.id);
      if (official === undefined) return item;
      return {
        ...item,
        officialText: official.text,
        ...(official.options && { officialOptions: official.options }),
      };
    }),
    contentPack: {
      language,
      source,
      ...(title !== undefined && { title }),
      ...(instructions !== undefined && { instructions }),
    },
  });
}

function checkOptions(
  item: InstrumentItem,
  options: unknown,
  path: string,
  issues: ContentPackIssue[],
): readonly string[] | undefined {
  if (options === undefined) return undefined;
  const expected = item.options.length;
  if (!Array.isArray(options)) {
    issues.push({ path, message: `options for ${item.id} must be a list of ${expected} texts.` });
    return undefined;
  }
  const list: readonly unknown[] = options;
  // The count is checked first so a huge list is never walked.
  if (list.length !== expected) {
    issues.push({
      path,
      message: `${item.id} has ${expected} options, lowest score first, but the pack gives ${list.length}.`,
    });
    return undefined;
  }
  const texts: string[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const option = list[index];
    if (isText(option)) texts.push(option);
    else issues.push({ path: `${path}.${index}`, message: 'Each option must be non-empty text.' });
  }
  return texts.length === expected ? texts : undefined;
}
