// Glossary contracts: jargon terms with their plain wording, edited by administrators.
import { z } from 'zod';
import { Version } from './common.ts';

export const GlossaryTerm = z.object({
  id: z.string(),
  term: z.string(),
  aliases: z.array(z.string()),
  plain: z.string(),
  explanation: z.string(),
  version: z.number(),
});
export type GlossaryTermDto = z.infer<typeof GlossaryTerm>;
export const Glossary = z.object({ terms: z.array(GlossaryTerm) });

export const GlossaryTermInput = z.object({
  term: z.string().trim().min(1, 'Enter the term').max(100),
  aliases: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  plain: z.string().trim().min(1, 'Enter the plain wording').max(300),
  explanation: z.string().trim().min(1, 'Explain it in one plain sentence').max(1000),
});
export const UpdateGlossaryTermRequest = GlossaryTermInput.extend({ version: Version });
