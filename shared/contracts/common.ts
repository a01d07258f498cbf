// Shapes shared by every API contract: ids and the error body.
import { z } from 'zod';

export const Id = z.uuid();

/** Every error answer has this body: a plain message that says what to do, and field problems. */
export const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
