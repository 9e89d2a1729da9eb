import * as z from 'zod/mini';

const optionalText = z.optional(z.nullable(z.string()));

/** docs/contract.md "OrgDetails" (seeds/004). */
export const OrgDetailsSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain: optionalText,
  address1: optionalText,
  address2: optionalText,
  city: optionalText,
  zipcode: optionalText,
  phone: optionalText,
  state: optionalText,
  country: optionalText,
  deletedAt: optionalText,
  reposDisabled: z.optional(z.nullable(z.boolean())),
  website: optionalText,
  is_business: z.optional(z.nullable(z.boolean())),
  mfaEnforced: z.optional(z.nullable(z.boolean())),
});

export const OrgDetailsResponseSchema = z.object({
  success: z.literal(true),
  data: OrgDetailsSchema,
  message: z.optional(z.string()),
});

const trimmed = (max: number) =>
  z
    .pipe(
      z.string(),
      z.transform((value) => value.trim()),
    )
    .check(z.maxLength(max, `Use at most ${max} characters.`));

/** The value rules for editable fields, shared by the form and the mock backend. */
export const orgFieldRules = {
  name: trimmed(100).check(z.minLength(1, 'Enter the organization name.')),
  address1: trimmed(200),
  address2: trimmed(200),
  city: trimmed(100),
  state: trimmed(100),
  zipcode: trimmed(12).check(
    z.regex(/^$|^[A-Za-z0-9](?:[A-Za-z0-9 -]{0,10}[A-Za-z0-9])?$/, 'Enter a valid postal code.'),
  ),
  phone: trimmed(25).check(
    z.regex(
      /^$|^\+?[0-9][0-9 ().-]{3,22}[0-9]$/,
      'Enter a valid phone number, such as +1 555 0100.',
    ),
  ),
  country: trimmed(2).check(z.regex(/^$|^[A-Z]{2}$/, 'Choose a country from the list.')),
  is_business: z.boolean(),
  mfaEnforced: z.boolean(),
};

export const OrgUpdateSchema = z.partial(z.object(orgFieldRules));

export const EDITABLE_ORG_FIELDS = Object.keys(orgFieldRules) as (keyof typeof orgFieldRules)[];

export type OrgDetails = z.infer<typeof OrgDetailsSchema>;
export type OrgDetailsWire = z.input<typeof OrgDetailsSchema>;
export type OrgUpdate = z.infer<typeof OrgUpdateSchema>;
export type EditableOrgField = keyof typeof orgFieldRules;
