// The id a section of a plan document is known by outside its own table, whose key is (document, section key): a
// kept-as-written confirmation (issue 16 §1) is stored against it, so each section's versions keep their own.
import { createHash } from 'node:crypto';

/** A name-based UUID (version 5 layout) of the document and the section key: the same section always gets the same id. */
export function sectionSubjectId(documentId: string, sectionKey: string): string {
  const h = createHash('sha1').update(`plan_document_section:${documentId}:${sectionKey}`).digest().subarray(0, 16);
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
