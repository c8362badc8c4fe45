import { EXERCISES } from '@backplan/core';

const NAMES = new Map(EXERCISES.map((e) => [e.id, e.name]));

/** An exercise's name from the catalogue, or its id when the catalogue no longer has it. */
export const exerciseName = (id: string): string => NAMES.get(id) ?? id;
