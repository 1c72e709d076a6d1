import { z } from "zod";
import { saying } from "../errors/_internal/schemas.js";
import type { Iv3Amount, Iv3BalanceMutation, Iv3BalancePosition, Iv3Beleidsindicator, Iv3Contact, Iv3Data, Iv3Delivery, Iv3Kengetal, Iv3Metadata } from "./types.js";

// The patterns of CBS's iv3_data_schema_v2_1_1.json, character for character. They are compiled without
// the `u` flag, as a JSON Schema validator must for the `datum` pattern (its `\[0-9]+` is not a valid
// Unicode-mode regular expression).
const ONE_LINE = /^(.*)$/;
const NON_SPACE = /\S/;
const DATUM = /(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\[0-9]+)?(Z|[+-](?:2[0-3]|[01][0-9]):[0-5][0-9])?$/;
const EMAIL = /^([a-zA-Z0-9_\-\.]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(\]?)$/;

const oneLine = (what: string) => z.string({ error: /* @__PURE__ */ saying(`${what} must be text.`, `${what} moet tekst zijn.`) }).regex(ONE_LINE, { error: /* @__PURE__ */ saying(`${what} must be one line of text.`, `${what} moet één regel tekst zijn.`) });
// JSON Schema "type": "object": any object that is not an array (and not null).
const jsonObject = z.custom<object>((value) => typeof value === "object" && value !== null && !Array.isArray(value), { error: /* @__PURE__ */ saying("details must be an object.", "details moet een object zijn.") });

/**
 * zod schema of {@link Iv3Metadata}: the CBS schema's `metadata`, with no
 * other keys allowed.
 *
 * @example
 * ```ts
 * import { Iv3MetadataSchema } from "opkoers/io";
 *
 * Iv3MetadataSchema.safeParse({ overheidslaag: "Gemeente" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const Iv3MetadataSchema: z.ZodType<Iv3Metadata, unknown> = /* @__PURE__ */ z.strictObject({
  overheidslaag: z.enum(["Gemeente", "Provincie", "GR"], { error: /* @__PURE__ */ saying('overheidslaag must be "Gemeente", "Provincie" or "GR".', 'overheidslaag moet "Gemeente", "Provincie" of "GR" zijn.') }),
  overheidsnummer: oneLine("overheidsnummer"),
  overheidsnaam: oneLine("overheidsnaam"),
  boekjaar: z.number({ error: /* @__PURE__ */ saying("boekjaar must be a number.", "boekjaar moet een getal zijn.") }),
  periode: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], { error: /* @__PURE__ */ saying("periode must be 0, 1, 2, 3, 4 or 5.", "periode moet 0, 1, 2, 3, 4 of 5 zijn.") }),
  status: z.enum(["Begroting", "Realisatie"], { error: /* @__PURE__ */ saying('status must be "Begroting" or "Realisatie".', 'status moet "Begroting" of "Realisatie" zijn.') }),
  datum: z.string({ error: /* @__PURE__ */ saying("datum must be text.", "datum moet tekst zijn.") }).regex(DATUM, { error: /* @__PURE__ */ saying("datum must end in a time HH:MM:SS with an optional zone, as in 2024-07-10T09:00:00Z.", "datum moet eindigen op een tijd UU:MM:SS met eventueel een zone, zoals in 2024-07-10T09:00:00Z.") }),
  details_openbaar: z.boolean({ error: /* @__PURE__ */ saying("details_openbaar must be true or false.", "details_openbaar moet true of false zijn.") }),
  financieel_pakket: oneLine("financieel_pakket"),
  export_software: oneLine("export_software"),
});

/**
 * zod schema of {@link Iv3Contact}, with CBS's patterns for the name and the
 * e-mail address.
 *
 * @example
 * ```ts
 * import { Iv3ContactSchema } from "opkoers/io";
 *
 * Iv3ContactSchema.safeParse({ naam: "P. Afzender", email: "p.afzender@gemeente.nl", telefoon: "0612345678" }).success; //=> true
 * Iv3ContactSchema.safeParse({ naam: " ", email: "p.afzender@gemeente.nl", telefoon: "0612345678" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const Iv3ContactSchema: z.ZodType<Iv3Contact, unknown> = /* @__PURE__ */ z.strictObject({
  naam: z.string({ error: /* @__PURE__ */ saying("naam must be text.", "naam moet tekst zijn.") }).regex(NON_SPACE, { error: /* @__PURE__ */ saying("naam must not be empty.", "naam mag niet leeg zijn.") }),
  email: z.string({ error: /* @__PURE__ */ saying("email must be text.", "email moet tekst zijn.") }).regex(EMAIL, { error: /* @__PURE__ */ saying("email must be an e-mail address such as p.afzender@gemeente.nl.", "email moet een e-mailadres zijn, zoals p.afzender@gemeente.nl.") }),
  telefoon: oneLine("telefoon"),
});

const amountShape = {
  categorie: z.string({ error: /* @__PURE__ */ saying("categorie must be text.", "categorie moet tekst zijn.") }),
  bedrag: z.number({ error: /* @__PURE__ */ saying("bedrag must be a number (thousands of euros).", "bedrag moet een getal zijn (duizenden euro's).") }),
  details: jsonObject.optional(),
};

/**
 * zod schema of one cell of the lasten or baten table ({@link Iv3Amount}).
 * Other keys are allowed, as in the CBS schema, and left out of the result
 * (so is `details`).
 *
 * @example
 * ```ts
 * import { Iv3AmountSchema } from "opkoers/io";
 *
 * Iv3AmountSchema.parse({ taakveld: "0.1", categorie: "1.1", bedrag: 12, details: { bron: "grootboek" } }); //=> { taakveld: "0.1", categorie: "1.1", bedrag: 12 }
 * Iv3AmountSchema.safeParse({ taakveld: "0.1", categorie: "1.1", bedrag: "12" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const Iv3AmountSchema: z.ZodType<Iv3Amount, unknown> = /* @__PURE__ */ z
  .object({ taakveld: z.string({ error: /* @__PURE__ */ saying("taakveld must be text.", "taakveld moet tekst zijn.") }), ...amountShape })
  .transform(({ taakveld, categorie, bedrag }) => ({ taakveld, categorie, bedrag }));

const BalanceMutationSchema: z.ZodType<Iv3BalanceMutation, unknown> = /* @__PURE__ */ z
  .object({ balanscode: z.string({ error: /* @__PURE__ */ saying("balanscode must be text.", "balanscode moet tekst zijn.") }), ...amountShape })
  .transform(({ balanscode, categorie, bedrag }) => ({ balanscode, categorie, bedrag }));

const BalancePositionSchema: z.ZodType<Iv3BalancePosition, unknown> = /* @__PURE__ */ z
  .object({
    balanscode: z.string({ error: /* @__PURE__ */ saying("balanscode must be text.", "balanscode moet tekst zijn.") }),
    standper: z.string({ error: /* @__PURE__ */ saying("standper must be text.", "standper moet tekst zijn.") }),
    bedrag: amountShape.bedrag,
    details: amountShape.details,
  })
  .transform(({ balanscode, standper, bedrag }) => ({ balanscode, standper, bedrag }));

const KengetalSchema: z.ZodType<Iv3Kengetal, unknown> = /* @__PURE__ */ z.strictObject({
  verslagperiode: z.string({ error: /* @__PURE__ */ saying("verslagperiode must be text.", "verslagperiode moet tekst zijn.") }),
  kengetal: z.string({ error: /* @__PURE__ */ saying("kengetal must be text.", "kengetal moet tekst zijn.") }),
  waarde: z.string({ error: /* @__PURE__ */ saying("waarde must be text (CBS wants the value as a string).", "waarde moet tekst zijn (CBS wil de waarde als tekst).") }),
});

const BeleidsindicatorSchema: z.ZodType<Iv3Beleidsindicator, unknown> = /* @__PURE__ */ z.strictObject({
  verslagperiode: z.string({ error: /* @__PURE__ */ saying("verslagperiode must be text.", "verslagperiode moet tekst zijn.") }),
  beleidsindicator: z.string({ error: /* @__PURE__ */ saying("beleidsindicator must be text.", "beleidsindicator moet tekst zijn.") }),
  waarde: z.string({ error: /* @__PURE__ */ saying("waarde must be text (CBS wants the value as a string).", "waarde moet tekst zijn (CBS wil de waarde als tekst).") }),
});

const Iv3DataSchema: z.ZodType<Iv3Data, unknown> = /* @__PURE__ */ z.strictObject({
  lasten: z.array(Iv3AmountSchema),
  baten: z.array(Iv3AmountSchema),
  balans_lasten: z.array(BalanceMutationSchema),
  balans_baten: z.array(BalanceMutationSchema),
  balans_standen: z.array(BalancePositionSchema),
  kengetallen: z.array(KengetalSchema).exactOptional(),
  beleidsindicatoren: z.array(BeleidsindicatorSchema).exactOptional(),
});

/**
 * zod schema of an {@link Iv3Delivery}: the rules of CBS's
 * `iv3_data_schema_v2_1_1.json` (draft-07) written in zod, so that what this
 * schema accepts a JSON Schema validator accepts too (a property test
 * compares the two with ajv). It checks the structure only; amounts that
 * are not whole cents and codes that are not in the CBS lists are reported
 * by {@link parseIv3Delivery} and {@link checkCbsDelivery}.
 *
 * @example
 * ```ts
 * import { Iv3DeliverySchema } from "opkoers/io";
 *
 * const result = Iv3DeliverySchema.safeParse({ metadata: {}, contact: {}, data: {}, extra: 1 });
 * result.success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const Iv3DeliverySchema: z.ZodType<Iv3Delivery, unknown> = /* @__PURE__ */ z.strictObject({
  metadata: Iv3MetadataSchema,
  contact: Iv3ContactSchema,
  opmerkingen: z
    .array(z.strictObject({ tekst: oneLine("tekst"), auteur: oneLine("auteur").exactOptional() }))
    .exactOptional(),
  data: Iv3DataSchema,
});
