/**
 * A tiny well-formedness check for the SVG we emit: tags balance and nest, attributes are quoted.
 * Enough for our own output (no CDATA, no comments); not a general XML parser.
 */
export interface SvgCheck {
  readonly ok: boolean;
  readonly problems: readonly string[];
  /** Element names in document order. */
  readonly elements: readonly string[];
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;

export function checkSvg(text: string): SvgCheck {
  const problems: string[] = [];
  const elements: string[] = [];
  const stack: string[] = [];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    const between = text.slice(i, lt);
    if (between.includes('>')) problems.push(`stray '>' before offset ${lt}`);
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (m === null) {
      problems.push(`malformed tag at offset ${lt}: ${text.slice(lt, lt + 40)}`);
      break;
    }
    const [whole, closing, name = '', , selfClosing] = m;
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      elements.push(name);
      if (selfClosing !== '/') stack.push(name);
    }
    i = lt + whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (elements[0] !== 'svg') problems.push('root element is not <svg>');
  return { ok: problems.length === 0, problems, elements };
}
