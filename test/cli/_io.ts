// An in-memory io for runCli: files in a map, output collected.
import type { CliIo } from "opkoers/cli";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "../../src/cli/_internal/seedBudget.js";
import { ALMERE_GEZONDHEID_2024 } from "../../src/cli/_internal/seedPlanning.js";

/**
 * A report envelope with a budget and an "iv3" sender block, for `opkoers iv3 e.json`: the bundled example's
 * Almere envelope with a sender that the test names (the bundled example has none, and iv3 needs a file).
 */
export const IV3_ENVELOPE: string = JSON.stringify({
  planning: ALMERE_GEZONDHEID_2024,
  budget: ALMERE_GEZONDHEID_2024_BUDGET,
  asOf: "2024-10-20",
  iv3: { contact: { naam: "Afdeling Financiën (test)", email: "iv3@voorbeeld.nl", telefoon: "036 000 0000" }, financieelPakket: "test" },
});

export interface MemoryIo extends CliIo {
  readonly files: Map<string, Uint8Array>;
  readonly out: () => string;
  readonly err: () => string;
  readonly written: (path: string) => string | undefined;
}

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

export function memoryIo(files: Readonly<Record<string, string | Uint8Array>> = {}, now = new Date("2024-10-20T08:00:00Z")): MemoryIo {
  const store = new Map<string, Uint8Array>(Object.entries(files).map(([path, content]) => [path, typeof content === "string" ? encode(content) : content]));
  let out = "";
  let err = "";
  return {
    files: store,
    readFile: async (path) => {
      const content = store.get(path);
      if (content === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
      return content;
    },
    writeFile: async (path, content) => {
      store.set(path, encode(content));
    },
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    version: "9.8.7",
    now: () => now,
    out: () => out,
    err: () => err,
    written: (path) => {
      const content = store.get(path);
      return content === undefined ? undefined : new TextDecoder().decode(content);
    },
  };
}
