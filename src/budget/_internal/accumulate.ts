import type { BudgetLine, Dimension, Mutation, RollupKey } from "../types.js";
import { fail } from "./fail.js";
import { hoofdtaakveld } from "./hoofdtaakveld.js";

const LIMIT = Number.MAX_SAFE_INTEGER;

/** Dimension → small integer, so the hot loop can switch on it. */
export const DIMENSION_INDEX: Readonly<Record<Dimension, number>> = {
  programme: 0,
  taakveld: 1,
  hoofdtaakveld: 2,
  categorie: 3,
  costCentre: 4,
  year: 5,
  phase: 6,
  nature: 7,
  reserve: 8,
};

/** One group while adding up. */
export class Group {
  expenses = 0;
  revenue = 0;
  lines = 0;
  constructor(readonly key: RollupKey) {}
}

/** A level of the group tree: the value of one dimension → the next level (or the group, at the last level). */
export type GroupTree = Map<unknown, GroupTree | Group>;

/** The state of one rollup: the groups in a tree of Maps (one level per dimension), the groups in order of appearance, and a cache of hoofdtaakvelden. */
export interface Accumulator {
  readonly dims: readonly number[];
  readonly names: readonly Dimension[];
  readonly root: GroupTree;
  readonly groups: Group[];
  readonly hoofd: Map<string, string>;
  readonly phases: ReadonlySet<string> | null;
  readonly years: ReadonlySet<number> | null;
}

function part(line: Mutation, dim: number, phase: string, hoofd: Map<string, string>): string | number {
  switch (dim) {
    case 0:
      return line.programme;
    case 1:
      return line.taakveld;
    case 2: {
      let h = hoofd.get(line.taakveld);
      if (h === undefined) {
        h = hoofdtaakveld(line.taakveld);
        hoofd.set(line.taakveld, h);
      }
      return h;
    }
    case 3:
      return line.categorie ?? "";
    case 4:
      return line.costCentre ?? "";
    case 5:
      return line.year;
    case 6:
      return phase;
    case 7:
      return line.nature;
    default:
      return line.reserve ?? "";
  }
}

function keyOf(line: Mutation, acc: Accumulator, phase: string): RollupKey {
  const key: Record<string, unknown> = {};
  for (let d = 0; d < acc.dims.length; d++) {
    const name = acc.names[d] as Dimension;
    const value = part(line, acc.dims[d] as number, phase, acc.hoofd);
    key[name] = value === "" && (name === "categorie" || name === "costCentre" || name === "reserve") ? null : value;
  }
  return key as RollupKey;
}

function badAmount(line: Mutation, index: number, where: string): never {
  const field = Number.isSafeInteger(line.expenses) ? "revenue" : "expenses";
  return fail("invalid_amount", `The ${field} of ${where} ${index} must be a whole number of cents, but it is ${String(line[field])}.`, { index, field, value: line[field] });
}

/**
 * Add `lines` into the groups of `acc`. `phase` is the phase of every line when they are the
 * mutations of an amendment; otherwise each line's own phase is used. The groups sit in a tree of
 * Maps, one level per dimension, so a line costs one Map lookup per dimension and no allocation
 * (a composite string key would allocate a string per line).
 */
export function accumulate(acc: Accumulator, lines: readonly (BudgetLine | Mutation)[], phase: string | undefined, where: string): void {
  const { dims, root, groups, hoofd, phases, years } = acc;
  const last = dims.length - 1;
  const lastDim = dims[last] ?? 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as BudgetLine;
    if (typeof line !== "object" || line === null) fail("invalid_option", `The ${where} ${i} must be a budget line object, but it is ${line === null ? "null" : typeof line}.`, { index: i });
    const linePhase = phase ?? line.phase;
    if (phases !== null && !phases.has(linePhase)) continue;
    if (years !== null && !years.has(line.year)) continue;
    let node = root;
    for (let d = 0; d < last; d++) {
      const value = part(line, dims[d] as number, linePhase, hoofd);
      let next = node.get(value) as GroupTree | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(value, next);
      }
      node = next;
    }
    const value = last < 0 ? "" : part(line, lastDim, linePhase, hoofd);
    let group = node.get(value) as Group | undefined;
    if (group === undefined) {
      group = new Group(keyOf(line, acc, linePhase));
      node.set(value, group);
      groups.push(group);
    }
    const expenses = line.expenses;
    const revenue = line.revenue;
    if (!Number.isInteger(expenses) || !Number.isInteger(revenue)) badAmount(line, i, where);
    const e = group.expenses + expenses;
    const r = group.revenue + revenue;
    if (e > LIMIT || e < -LIMIT || r > LIMIT || r < -LIMIT) {
      fail("amount_out_of_range", `A total leaves the safe range of ±9007199254740991 cents at ${where} ${i}.`, { index: i });
    }
    group.expenses = e;
    group.revenue = r;
    group.lines++;
  }
}
