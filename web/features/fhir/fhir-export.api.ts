// Sending a copy of a family's record to another system (issue 19): the FHIR R4 export, and saving it as a file.
// The export is a GET that writes a disclosure, so it sends the session's CSRF token as a change does.
import type { FhirBundle, FhirExportQuery } from '../../../shared/contracts/fhir.ts';
import { apiGet } from '../../api/client.ts';

export function exportFamilyFhir(familyId: string, query: { recipient: string; purpose: string; lawfulBasis: string }) {
  const params = new URLSearchParams(query satisfies Record<keyof FhirExportQuery, string>);
  return apiGet<FhirBundle>(`/api/families/${encodeURIComponent(familyId)}/fhir?${params}`, undefined, { csrf: true });
}

/** "<family name>.fhir.json", without the characters a file name may not hold on Windows, macOS or Linux. */
export function fhirFileName(familyName: string): string {
  const safe = familyName
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return `${safe || 'family'}.fhir.json`;
}

/** Saves the Bundle as a file in the browser's downloads (a Blob and an <a download>). */
export function downloadBundle(bundle: FhirBundle, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(bundle, null, 2)}\n`], { type: 'application/fhir+json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the address is freed a little later so no browser loses it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
