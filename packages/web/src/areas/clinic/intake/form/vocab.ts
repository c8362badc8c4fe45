import type { TFunction } from 'i18next';
import type { Option } from './controls';

/** A closed vocabulary of the core as labelled options: `vocab.<group>.<value>` in `intake`. */
export function vocab<T extends string>(
  t: TFunction,
  group: string,
  values: readonly T[],
): Option<T>[] {
  return values.map((value) => ({ value, label: t(`vocab.${group}.${value}`) }));
}
