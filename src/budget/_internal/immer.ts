import { enablePatches, Immer } from "immer";

// A private Immer instance: no global configuration of the user's immer is changed (autoFreeze off,
// so the caller's amendment objects are never frozen behind their back). enablePatches registers the
// patches plugin, which every instance needs for produceWithPatches/applyPatches.
enablePatches();

/** The budget layer's immer instance. */
export const immer: Immer = new Immer({ autoFreeze: false });
