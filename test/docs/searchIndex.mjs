// Read the search index of a typedoc site (site/assets/search.js) and find what it lists more than once.
// Used by test/docs/searchIndex.test.ts (on a small site built for the test) and by the e2e check of the real
// site (test/e2e/docs-and-report.e2e.mjs, after `npm run docs`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";

/** The kind number typedoc gives a reference (a further export of a symbol documented elsewhere). */
export const REFERENCE_KIND = 4194304;

/**
 * The rows of the search index of a built site: `{ kind, name, url, parent? }`. typedoc writes them as
 * `window.searchData = "<base64 of deflated JSON>"`.
 * @param {string} siteDir
 * @returns {{ kind: number; name: string; url: string; parent?: string }[]}
 */
export function readSearchRows(siteDir) {
  const source = readFileSync(join(siteDir, "assets", "search.js"), "utf8");
  const match = /window\.searchData\s*=\s*"([^"]*)"/.exec(source);
  if (match === null) throw new Error(`${join(siteDir, "assets", "search.js")} holds no window.searchData`);
  const data = JSON.parse(inflateSync(Buffer.from(match[1] ?? "", "base64")).toString("utf8"));
  return data.rows;
}

/**
 * What the search lists more than once, one sentence each: a reference (another entry for a symbol documented
 * elsewhere), or a name listed twice in one place (the same parent and kind).
 * @param {readonly { kind: number; name: string; url: string; parent?: string }[]} rows
 * @returns {string[]}
 */
export function duplicateSearchEntries(rows) {
  const problems = [];
  const seen = new Map();
  for (const row of rows) {
    if (row.kind === REFERENCE_KIND) {
      problems.push(`${row.name} is listed again as a re-export in ${row.parent ?? "(top)"} (${row.url})`);
      continue;
    }
    const key = `${row.parent ?? ""}\u0000${row.name}\u0000${row.kind}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.url);
    else problems.push(`${row.name} in ${row.parent ?? "(top)"} is listed twice (${first}, ${row.url})`);
  }
  return problems;
}

/**
 * The entries of a built site's navigation tree (site/assets/navigation.js, `window.navigationData`) that are
 * references, as "parent/name" paths.
 * @param {string} siteDir
 * @returns {string[]}
 */
export function navigationReferences(siteDir) {
  const source = readFileSync(join(siteDir, "assets", "navigation.js"), "utf8");
  const match = /window\.navigationData\s*=\s*"([^"]*)"/.exec(source);
  if (match === null) throw new Error(`${join(siteDir, "assets", "navigation.js")} holds no window.navigationData`);
  const nodes = JSON.parse(inflateSync(Buffer.from(match[1] ?? "", "base64")).toString("utf8"));
  const found = [];
  const walk = (list, parent) => {
    for (const node of list) {
      if (node.kind === REFERENCE_KIND) found.push(`${parent}/${node.text}`);
      if (Array.isArray(node.children)) walk(node.children, parent === "" ? node.text : `${parent}/${node.text}`);
    }
  };
  walk(nodes, "");
  return found;
}
