/**
 * The shared assessment type, status vocabularies, scales and presets.
 *
 * @module opkoers/status
 */
export type { Assessment, LocalizedText, Rule, Severity } from "./types.js";
