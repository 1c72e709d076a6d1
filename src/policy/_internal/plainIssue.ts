import type { Programme, SubProgramme } from "../types.js";

/** A cross-field problem found by a check, before it becomes a zod or opkoers issue. */
export interface PlainIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Every programme of a tree with its path: the programme, then its sub-programmes. */
export function programmeTree(programme: Programme, prefix: readonly (string | number)[]): [SubProgramme, readonly (string | number)[]][] {
  return [[programme, prefix], ...(programme.subProgrammes ?? []).map((sub, k): [SubProgramme, readonly (string | number)[]] => [sub, [...prefix, "subProgrammes", k]])];
}
