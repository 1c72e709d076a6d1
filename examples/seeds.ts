// The three seed documents as plain planning-document data, for whoever bundles an example file (CLI, docs):
// Almere's programme Gezondheid 2024 (begroting), Almelo's Programma Zorg 2022 (begroting) and Almere's
// jaarverslag 2024 (six sections of the sociaal domein). Each is validated with parsePlanningDocument and is
// JSON-serialisable: `JSON.stringify(seedDocuments())` is a valid input for the same parser.
import type { Begroting, Jaarverslag } from "../src/policy/index.js";
import { almeloZorg2022 } from "./almelo-zorg-2022.js";
import { almereGezondheid2024Programma } from "./almere-gezondheid-2024-programma.js";
import { almereJaarverslag2024 } from "./almere-jaarverslag-2024.js";

/** The seed documents, in this order: Almere Gezondheid 2024, Almelo Zorg 2022, Almere jaarverslag 2024. */
export function seedDocuments(): readonly [Begroting, Begroting, Jaarverslag] {
  return [almereGezondheid2024Programma(), almeloZorg2022(), almereJaarverslag2024()];
}
