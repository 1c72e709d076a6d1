import { enablePatches, Immer } from "immer";

// A private Immer instance: no global configuration of the user's immer is changed (autoFreeze off,
// so the caller's amendment objects are never frozen behind their back). enablePatches registers the
// patches plugin, which every instance needs for produceWithPatches/applyPatches.
// Made on first use, not at import: a top-level call would keep immer in every bundle that imports any
// budget function (a bundler cannot drop a call it cannot prove pure); test/package/bundle-size.mjs checks.
let instance: Immer | undefined;

/** The budget layer's immer instance. */
export function immer(): Immer {
  if (instance === undefined) {
    enablePatches();
    instance = new Immer({ autoFreeze: false });
  }
  return instance;
}
