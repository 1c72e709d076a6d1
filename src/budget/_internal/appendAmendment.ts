import type { Issue } from "../../errors/Issue.js";
import { issuesFromZod } from "../../errors/issuesFromZod.js";
import type { AmendmentResult, BudgetPatch } from "../applyAmendment.js";
import { AmendmentSchema } from "../schemas.js";
import type { Amendment } from "../types.js";
import { checkAmendmentIdentity, checkAmendmentMutations, issueList } from "./amendmentChecks.js";
import type { DocumentArgument } from "./documentArgument.js";
import { fail } from "./fail.js";
import { immer } from "./immer.js";
import { describeValue } from "./isoDate.js";
import { deepFreeze } from "./plainData.js";

const SHOWN = 5;

/**
 * Read an amendment for a document exactly as parseBudget reads the amendments of a whole document (the same
 * AmendmentSchema, the same cross-checks) and return a deeply frozen copy of it; throw `invalid_amendment` (or
 * `invalid_date` when only the date is wrong) with every issue otherwise.
 */
export function readAmendment(target: DocumentArgument, amendment: unknown): Amendment {
  const parsed = AmendmentSchema.safeParse(amendment);
  let issues: readonly Issue[];
  if (parsed.success) {
    const { issues: found, add } = issueList();
    checkAmendmentIdentity(target.declared, target.ids, target.numbers, parsed.data, [], add);
    checkAmendmentMutations(target.declared, parsed.data, [], add);
    if (found.length === 0) return deepFreeze(parsed.data);
    issues = found;
  } else {
    issues = issuesFromZod(parsed.error.issues);
  }
  const id = typeof amendment === "object" && amendment !== null ? (amendment as { readonly id?: unknown }).id : undefined;
  const name = id === undefined ? "without an id" : describeValue(id);
  const listed = issues.slice(0, SHOWN).map((issue) => `${issue.path.length === 0 ? "(the amendment)" : issue.path.join(".")}: ${issue.message.replace(/\.$/, "")}`);
  const more = issues.length > SHOWN ? ` (and ${issues.length - SHOWN} more)` : "";
  const onlyDate = issues.every((issue) => issue.path.length === 1 && issue.path[0] === "date");
  const first = issues[0]?.path;
  const index = first?.[0] === "mutations" && typeof first[1] === "number" ? { index: first[1] } : {};
  const details = { ...(typeof id === "string" || typeof id === "number" ? { amendment: id } : {}), ...index, issues };
  return fail(onlyDate ? "invalid_date" : "invalid_amendment", `Amendment ${name} cannot be applied: ${listed.join("; ")}${more}.`, details);
}

/** Append an amendment to a document (checked and frozen by {@link readAmendment}), with the patches to redo and undo it. */
export function appendAmendment(target: DocumentArgument, amendment: unknown): AmendmentResult {
  const stored = readAmendment(target, amendment);
  const index = target.doc.amendments.length;
  const [document, patches] = immer().produceWithPatches(target.doc, (draft) => {
    draft.amendments.push(stored as (typeof draft.amendments)[number]);
  });
  // immer's own inverse (`replace amendments.length`) would remove whatever is last; this one names the amendment.
  const inversePatches: readonly BudgetPatch[] = [
    { op: "test", path: ["amendments", index], value: stored },
    { op: "remove", path: ["amendments", index] },
  ];
  return { document, patches: deepFreeze(patches as readonly BudgetPatch[]), inversePatches: deepFreeze(inversePatches) };
}
