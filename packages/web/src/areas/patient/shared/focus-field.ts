/**
 * Moves focus to the first control of a field (`field-<name>` is the id of its fieldset or
 * wrapper), so a keyboard or screen-reader user lands on what still needs an answer.
 */
export function focusField(name: string): void {
  const box = document.getElementById(`field-${name}`);
  const control = box?.querySelector<HTMLElement>('input, textarea, select, button');
  box?.scrollIntoView({ block: 'center' });
  control?.focus({ preventScroll: true });
}
