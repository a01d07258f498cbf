// Contracts of the FHIR R4 routes (issue 19): the export's own questions (who the copy is for, why, on what lawful
// basis: it is a disclosure), and a Bundle's outer shape. A Bundle's resources are FHIR's own, described by the FHIR
// R4 specification (https://hl7.org/fhir/R4/bundle.html) rather than restated here.
import { z } from 'zod';
import { LAWFUL_BASIS_KEYS } from '../domain/sharing.ts';
import { Text } from './common.ts';

/** A text the caller must give: the same words whether it is left out or left empty. */
const Required = (max: number, message: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? message : undefined) }).pipe(Text(max).min(1, message));

export const FhirExportQuery = z.object({
  /** The organisation or system the copy goes to, as the parent will read it in "Who my information was shared with". */
  recipient: Required(300, 'Say which organisation or system this copy is for, for example “Northshire council case system”'),
  /** Why it is sent, in words the parent will read. */
  purpose: Required(1000, 'Say why this copy is being sent, in words the parent will read'),
  lawfulBasis: z.enum(LAWFUL_BASIS_KEYS, { message: `Choose the lawful basis: one of ${LAWFUL_BASIS_KEYS.join(', ')}` }),
});
export type FhirExportQuery = z.infer<typeof FhirExportQuery>;

const FhirResource = z.looseObject({ resourceType: z.string(), id: z.string().optional() });

/** A FHIR R4 Bundle: only its outer shape is checked here; the resources are validated against R4 itself. */
export const FhirBundle = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    type: z.string(),
    entry: z.array(z.looseObject({ fullUrl: z.string().optional(), resource: FhirResource.optional() })).optional(),
  })
  .meta({ description: 'A FHIR R4 Bundle (https://hl7.org/fhir/R4/bundle.html)' });
export type FhirBundle = z.infer<typeof FhirBundle>;
