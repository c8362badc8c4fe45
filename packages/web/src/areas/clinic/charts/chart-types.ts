/** How one line of a chart is drawn: colour, dash and marker shape, so lines differ without colour. */
export interface LineSpec {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly dash?: string;
  readonly shape: 'circle' | 'square' | 'triangle' | 'diamond';
}

/** The chart palette: the app's own colours (see styles.css), each dark enough on white. */
export const INK = {
  brand: '#1f5f8b',
  danger: '#a3192b',
  warn: '#8a5300',
  ok: '#1d6b3a',
  soft: '#44515e',
  grid: '#d3dce3',
} as const;
