// Shared arbitraries and oracles of the cross-cutting fuzz suite (test/robustness/fuzz.test.ts); not a test file.
// Everything hostile that outside data can hold: random JSON, wrong types, huge and tiny numbers, deep nesting,
// `__proto__` / `constructor` keys (as own properties, the way JSON.parse makes them), long strings, odd Unicode
// and text that looks like a Dutch number but is not one. The oracles at the end read amounts independently of
// the library (BigInt arithmetic on the text), so the suite can say "the amount is right", not just "a number".
import { fc } from "@fast-check/vitest";

// ---------------------------------------------------------------------------------------------------------------
// Values

/** Keys that reach into prototypes, or shadow what code tends to call on an object. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "then", "length"] as const;

export const hostileKey: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));

/** Numbers at and beyond the edges: around 2^53, the largest and smallest doubles, -0, binary fractions. */
export const hugeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21, -1e21, 1e300, 9.007199254740991e10, 0.1 + 0.2, 1e-7, -0, 2024.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);

/** Strings that are odd in Unicode: lone surrogates, BOM, direction overrides, other scripts' digits, combining marks. */
export const ODD_UNICODE = ["\u0000", "\ufeff", "\u202e", "\ud800", "\udfff", "\u200b", "\u2028", "\u00a0", "\u202f", "e\u0301", "١٢٣", "１２３", "⁵", "½", "−5", "–5", "🙂", "ǅ", "İ", "\u0085", "\r\n"] as const;
export const oddUnicode: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_UNICODE),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.array(fc.constantFrom(...ODD_UNICODE), { maxLength: 6 }).map((parts) => parts.join("")),
);

/** Long strings: up to 20,000 characters of one repeated unit (long enough for quadratic work to show, cheap to generate). */
export const longString: fc.Arbitrary<string> = fc.tuple(fc.oneof(fc.constantFrom("a", "9", "1.234", ",", " ", ";", '"', "\n", "€", "\ud800"), fc.string({ minLength: 1, maxLength: 4 })), fc.integer({ min: 1_000, max: 20_000 })).map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Text that looks like a Dutch amount (or an English, scientific or other-script one): the traps of reading money. */
export const DUTCH_LOOK_ALIKES = [
  "1.234,56", "1,234.56", "1.5", "1.2345", "0.123", "1..234", "1.234.5", "12 34", "1 234 567,89", "€ 9.600,-", "9.600,–", "(1.234)", "(-5)", "--5", "+-5",
  "−1,80", "1e3", "1E-2", "0x10", "0b1", "Infinity", "-Infinity", "NaN", "1_000", "12%", "€€5", "(5", "5)", ",5", "1.234,", "5,-,-", "٣٫٥", "１，５", "1\u00a0234,5", "9007199254740993", "90071992547409,93", "-0", "0,001", "1.000.000.000.000.000",
] as const;
export const dutchLookAlike: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...DUTCH_LOOK_ALIKES),
  fc.stringMatching(/^[-+(€ ]{0,2}[0-9.,]{1,10}[)]?$/),
  fc.stringMatching(/^[-(−]?€? ?[0-9]{1,4}([. ][0-9]{2,4}){0,3}(,[0-9]{1,3}|,-)?\)?$/),
  fc.stringMatching(/^-?[0-9]{1,17}(\.[0-9]{1,4})?([eE][-+]?[0-9]{1,3})?$/),
);

/** A value nested `depth` deep in arrays or objects (built without recursion, so depth is not limited by the stack). */
export function nested(depth: number, kind: "array" | "object", leaf: unknown = 0): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}
export const deepValue: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 50, max: 3_000 }), fc.constantFrom<"array" | "object">("array", "object")).map(([depth, kind]) => nested(depth, kind));

/** An object with own hostile keys, made by JSON.parse so that `__proto__` is an own property, not a prototype. */
export const hostileObject = (value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.array(fc.tuple(hostileKey, value), { maxLength: 4 }).map((entries) => {
    const target: Record<string, unknown> = {};
    for (const [key, v] of entries) Object.defineProperty(target, key, { value: v, enumerable: true, writable: true, configurable: true });
    return target;
  });

/** One JSON-safe hostile leaf. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 3 },
  { arbitrary: hugeNumber, weight: 2 },
  { arbitrary: dutchLookAlike, weight: 2 },
  { arbitrary: oddUnicode, weight: 2 },
  { arbitrary: longString, weight: 1 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: fc.constantFrom<unknown>(null, true, false, 0, "", [], {}, "2024-02-30", "2024-13-01", "GM0034", "0.10", "6.71a"), weight: 2 },
);

/** A JSON-safe hostile value: a leaf, or an object with hostile keys around hostile leaves. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: hostileLeaf, weight: 4 }, { arbitrary: hostileObject(hostileLeaf), weight: 1 }, { arbitrary: fc.array(hostileLeaf, { maxLength: 4 }), weight: 1 });

/** Also what JSON cannot hold, for the functions that take `unknown`: undefined, NaN, ±Infinity, bigint, Date, Map, typed arrays, null prototypes, boxed values, sparse arrays. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileJsonValue, weight: 4 },
  { arbitrary: fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true }), weight: 2 },
  { arbitrary: fc.constantFrom<unknown>(undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 10n ** 30n, Symbol("s"), () => 0, new Date(Number.NaN), Object.create(null), new Map([["__proto__", 1]])), weight: 1 },
);

// ---------------------------------------------------------------------------------------------------------------
// Edits of a valid document: hostile values put anywhere in it, keys added or removed, so that the fuzzing gets
// past the first level of validation and into every rule.

export type Edit =
  | { readonly op: "set"; readonly at: number; readonly value: unknown }
  | { readonly op: "add"; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly op: "delete"; readonly at: number };

export const edit = (value: fc.Arbitrary<unknown>): fc.Arbitrary<Edit> =>
  fc.oneof(
    { arbitrary: fc.record({ op: fc.constant("set" as const), at: fc.nat(), value }), weight: 4 },
    { arbitrary: fc.record({ op: fc.constant("add" as const), at: fc.nat(), key: hostileKey, value }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant("delete" as const), at: fc.nat() }), weight: 1 },
  );

export const edits = (value: fc.Arbitrary<unknown> = hostileJsonValue): fc.Arbitrary<Edit[]> => fc.array(edit(value), { minLength: 1, maxLength: 3 });

type Container = Record<string | number, unknown> | unknown[];
interface Slot {
  readonly parent: Container;
  readonly key: string | number;
}

/** A deep copy of JSON data (own `__proto__` keys stay own keys). */
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A private copy of an edit's value: objects are copied (fast-check hands the same `{}` / `[]` constants to every run, and a later "add" edit would otherwise mutate them for all later runs), primitives such as -0 are kept exactly. */
const fresh = (value: unknown): unknown => (typeof value === "object" && value !== null ? cloneJson(value) : value);

/** Apply the edits to a copy of `doc`: each edit picks a slot (a key or index anywhere in the tree) by `at` modulo their number. */
export function applyEdits(doc: unknown, list: readonly Edit[]): unknown {
  const root = { root: cloneJson(doc) } as Record<string, unknown>;
  for (const edit of list) {
    const e = edit.op === "delete" ? edit : { ...edit, value: fresh(edit.value) };
    const slots: Slot[] = [];
    const walk = (node: unknown, depth: number): void => {
      if (depth > 20 || typeof node !== "object" || node === null) return;
      for (const key of Object.keys(node)) {
        const k = Array.isArray(node) ? Number(key) : key;
        slots.push({ parent: node as Container, key: k });
        walk((node as Record<string, unknown>)[key], depth + 1);
      }
    };
    walk(root, 0);
    const slot = slots[e.at % slots.length] as Slot;
    const target = (slot.parent as Record<string | number, unknown>)[slot.key];
    if (e.op === "set") Object.defineProperty(slot.parent, slot.key, { value: e.value, enumerable: true, writable: true, configurable: true });
    else if (e.op === "delete" && slot.parent !== root) {
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete (slot.parent as Record<string, unknown>)[slot.key];
    } else if (e.op === "add" && typeof target === "object" && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root["root"];
}

// ---------------------------------------------------------------------------------------------------------------
// CSV files: rows of cells, every cell quoted (so the records are known without a CSV parser), with hostile text
// in every column.

export const csvCell: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: dutchLookAlike, weight: 5 },
  { arbitrary: fc.constantFrom("", " ", "0", "0.1", "6.71a", "0.1 Bestuur", "__proto__", "constructor", "L", "B", "baten"), weight: 2 },
  { arbitrary: oddUnicode, weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: longString, weight: 1 },
);
export const csvRow: fc.Arbitrary<string[]> = fc.oneof(
  { arbitrary: fc.tuple(fc.oneof(fc.constantFrom("0.1", "6.71a", "7.1 Volksgezondheid", "0.10"), csvCell), csvCell, csvCell).map((cells) => [...cells]), weight: 4 },
  { arbitrary: fc.array(csvCell, { maxLength: 5 }), weight: 1 },
);
/** A well-formed Dutch amount (`-1.234.567,89`, `€ 9.600,-`, `(12)`), written from a number of cents. */
export const dutchNumber: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 17n })), fc.constantFrom("", "-", "−", "(", "€ ", "-€ "), fc.constantFrom(".", ".", " ", ""), fc.constantFrom(0, 0, 1, 2, 2, 3, -1))
  .map(([n, sign, group, decimals]) => {
    const digits = n.toString();
    const whole = decimals > 0 ? digits.slice(0, Math.max(1, digits.length - decimals)) : digits;
    const fraction = decimals > 0 ? digits.slice(whole.length).padStart(decimals, "0") : "";
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    const text = `${grouped}${decimals > 0 ? `,${fraction}` : decimals < 0 ? ",-" : ""}`;
    return sign === "(" ? `(${text})` : `${sign}${text}`;
  });
/** A well-formed plain decimal with a dot (`10127.0`, `-3.5`). */
export const dotNumber: fc.Arbitrary<string> = fc.tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,12}$/), fc.oneof(fc.stringMatching(/^[0-9]{0,2}$/), fc.stringMatching(/^[0-9]{0,6}$/))).map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`);
/** An amount cell: well-formed in either format, a look-alike, or empty. */
export const amountCell: fc.Arbitrary<string> = fc.oneof({ arbitrary: dutchNumber, weight: 3 }, { arbitrary: dotNumber, weight: 2 }, { arbitrary: dutchLookAlike, weight: 3 }, { arbitrary: fc.constantFrom("", " "), weight: 1 });
/** A row of taakveld, lasten and baten that may well be read. */
export const amountRow: fc.Arbitrary<string[]> = fc.tuple(fc.constantFrom("0.1", "6.71a", "0.10", " 7.1 "), amountCell, amountCell).map((cells) => [...cells]);

export const quoteCell = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;

// ---------------------------------------------------------------------------------------------------------------
// Oracles: independent readings of an amount, as exact cents (bigint), or undefined when the text is not an amount.

const UNIT_CENTS = { euro: 100n, thousand: 100_000n, million: 100_000_000n } as const;
export type Unit = keyof typeof UNIT_CENTS;

/** `whole`,`fraction` digits × unit cents, exactly; undefined when that is not whole cents. */
function scaled(whole: string, fraction: string, unit: Unit): bigint | undefined {
  const numerator = BigInt(`${whole}${fraction}` || "0") * UNIT_CENTS[unit];
  const divisor = 10n ** BigInt(fraction.length);
  return numerator % divisor === 0n ? numerator / divisor : undefined;
}

/**
 * A Dutch amount read by rules written down independently of `parseAmount`: digits with dots or spaces between
 * groups of three, a decimal comma, `,-` for whole euros, a sign or parentheses for negative, `€` and spaces around.
 * Loose on where `€` and spaces may stand (that is the parser's business); strict on the digits and the sign,
 * which decide the amount.
 */
export function readDutch(text: string, unit: Unit): bigint | undefined {
  let t = text.trim();
  let negative = false;
  if (t.startsWith("(") && t.endsWith(")")) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/[\s\u00a0\u202f\u2009]+/g, " ").trim();
  const m = /^([-−–+]?) ?(?:€ ?)?([-−–+]?) ?([0-9][0-9. ]*?)(?:,([0-9]+|[-−–]{1,2}))? ?(?:€)?$/.exec(t);
  if (m === null) return undefined;
  const [, sign1 = "", sign2 = "", whole = "", fraction = ""] = m;
  if (sign1 !== "" && sign2 !== "") return undefined;
  const sign = sign1 + sign2;
  if (negative && sign !== "") return undefined;
  if (/[-−–]/.test(sign)) negative = true;
  const grouped = /^[1-9][0-9]{0,2}([. ][0-9]{3})+$/.test(whole) && !(whole.includes(".") && whole.includes(" "));
  if (!grouped && !/^[0-9]+$/.test(whole)) return undefined;
  const cents = scaled(whole.replace(/[. ]/g, ""), /^[0-9]+$/.test(fraction) ? fraction : "", unit);
  return cents === undefined ? undefined : negative ? -cents : cents;
}

/** A plain decimal with a dot (`10127.0`, `-3.5`), as in the CBS file. */
export function readDot(text: string, unit: Unit): bigint | undefined {
  const m = /^([-+]?)([0-9]+)(?:\.([0-9]+))?$/.exec(text.trim());
  if (m === null) return undefined;
  const cents = scaled(m[2] as string, m[3] ?? "", unit);
  return cents === undefined ? undefined : m[1] === "-" ? -cents : cents;
}

/** A JSON number of thousands of euros (an Iv3 bedrag), read by its shortest decimal form (`String(n)`). */
export function readThousands(value: number): bigint | undefined {
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:e([-+][0-9]+))?$/.exec(String(value));
  if (m === null) return undefined;
  const [, sign, whole = "", fraction = "", exponent = "+0"] = m;
  const power = Number(exponent) - fraction.length;
  let numerator = BigInt(whole + fraction) * UNIT_CENTS.thousand;
  if (power >= 0) numerator *= 10n ** BigInt(power);
  else {
    const divisor = 10n ** BigInt(-power);
    if (numerator % divisor !== 0n) return undefined;
    numerator /= divisor;
  }
  return sign === "-" ? -numerator : numerator;
}

// ---------------------------------------------------------------------------------------------------------------
// Invariants shared by every entry point.

/** What the built-in prototypes hold, to compare before and after a run (a pollution adds or replaces a property). */
export function prototypeSnapshot(): ReadonlyMap<string, unknown> {
  const snapshot = new Map<string, unknown>();
  const protos: Record<string, object> = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Number: Number.prototype };
  for (const [name, proto] of Object.entries(protos)) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
      snapshot.set(`${name}.${String(key)}`, d.value ?? d.get);
    }
    snapshot.set(`${name} [[Prototype]]`, Object.getPrototypeOf(proto));
  }
  return snapshot;
}

/** The names of the properties whose value differs between two snapshots (added, removed or replaced). */
export function pollutionBetween(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => !Object.is(before.get(key), after.get(key)));
}

/** Every number in a value (own enumerable properties, any depth), with its path. */
export function numbersIn(value: unknown, path: readonly (string | number)[] = [], seen = new Set<unknown>()): [readonly (string | number)[], number][] {
  if (typeof value === "number") return [[path, value]];
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, child]) => numbersIn(child, [...path, Array.isArray(value) ? Number(key) : key], seen));
}

/** The value at `path` in `root`, following own properties only (undefined when there is none). */
export function at(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The keys under which the documents hold amounts in cents. */
export const AMOUNT_KEYS: ReadonlySet<string> = new Set(["amount", "expenses", "revenue"]);
