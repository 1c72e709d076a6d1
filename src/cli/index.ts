/**
 * The `opkoers` command line as a function: {@link runCli} takes the
 * arguments and an io object and returns the exit code (`bin.ts` wires it to
 * `node:fs` and `process`). Commands: `validate`, `report`, `iv3`, `schema`.
 * Without a file, `report` uses {@link bundledExample}, built from the seed
 * programmes; `iv3` needs a file (it never makes a delivery of the example).
 *
 * @module opkoers/cli
 */
export { bundledExample } from "./bundledExample.js";
export { EXIT_CODES, runCli, type CliIo } from "./runCli.js";
