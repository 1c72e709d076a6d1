/**
 * The `opkoers` command line as a function: {@link runCli} takes the
 * arguments and an io object and returns the exit code (`bin.ts` wires it to
 * `node:fs` and `process`). Commands: `validate`, `report`, `iv3`, `schema`.
 * Without a file, `report` and `iv3` use {@link bundledExample}, built from
 * the seed programmes.
 *
 * @module opkoers/cli
 */
export { bundledExample } from "./bundledExample.js";
export { EXIT_CODES, runCli, type CliIo } from "./runCli.js";
