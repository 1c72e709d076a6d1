// Helpers for the seed-example tests: the seed texts (../shared/seeds beside the repository, as in CI) and the
// quoted text fields of a planning document, so the tests can check that every quote is verbatim.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanningDocument } from "opkoers/policy";

export const root = join(import.meta.dirname, "..", "..");
const seedsDir = join(root, "..", "shared", "seeds");

/** The seed files the examples are built from. */
export const SEED_FILES = {
  almereGezondheid2024: "000_e09942d5b91cb652.txt",
  almeloZorg2022: "002_fa25e37d4e3bbe44.txt",
  almereJaarverslag2024: "004_574ff0f64aecf398.txt",
} as const;

/** Why the quote checks are skipped, or `undefined` when the seed files are there. */
export const seedsMissing: string | undefined = Object.values(SEED_FILES).every((file) => existsSync(join(seedsDir, file)))
  ? undefined
  : `../shared/seeds not found at ${seedsDir}`;

/** Runs of whitespace (spaces, newlines, non-breaking spaces) as one space. */
export const normalise = (text: string): string => text.replace(/\s+/gu, " ").trim();

/** A seed text, whitespace normalised. */
export function seedText(file: string): string {
  return normalise(readFileSync(join(seedsDir, file), "utf8"));
}

/**
 * Every quoted fragment of a document's text fields, with where it is: the fields hold verbatim quotes, with
 * fragments joined by " … " and the example's own remarks in [square brackets] (removed here).
 */
export function quotedFragments(document: PlanningDocument): { readonly where: string; readonly fragment: string }[] {
  const found: { where: string; fragment: string }[] = [];
  const add = (where: string, text: string | undefined): void => {
    if (text === undefined) return;
    for (const part of text.replace(/\[[^\]]*\]/gu, " … ").split("…")) {
      const fragment = normalise(part);
      if (fragment.length > 0) found.push({ where, fragment });
    }
  };
  for (const p of document.programmes.flatMap((programme) => [programme, ...(programme.subProgrammes ?? [])])) {
    add(`${p.code}.ambition`, p.ambition);
    for (const g of p.goals) {
      add(`goal ${g.id}.statement`, g.statement);
      add(`goal ${g.id}.planned`, g.planned);
      add(`goal ${g.id}.realised`, g.realised);
      add(`goal ${g.id}.reported.note`, g.reported?.note);
    }
    for (const a of p.activities) {
      add(`activity ${a.id}.description`, a.description);
      a.revisions.forEach((r, i) => add(`activity ${a.id}.revisions.${i}.reason`, r.reason));
      (a.evaluations ?? []).forEach((e, i) => add(`activity ${a.id}.evaluations.${i}.notes`, e.notes));
      add(`activity ${a.id}.budget.note`, a.budget?.note);
    }
    for (const ind of p.indicators) {
      add(`indicator ${ind.id}.description`, ind.description);
      add(`indicator ${ind.id}.baseline.note`, ind.baseline?.note);
      ind.targets.forEach((t, i) => add(`indicator ${ind.id}.targets.${i}.note`, t.note));
      ind.measurements.forEach((m, i) => add(`indicator ${ind.id}.measurements.${i}.note`, m.note));
    }
  }
  return found;
}

/** Runs an example file as a user would (`node --import tsx examples/<file> [args]`): exit status, stdout, stderr. */
export function runExample(file: string, args: readonly string[] = []): Promise<{ readonly status: number | null; readonly stdout: string; readonly stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "examples", file), ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
