// The export's request: the session's CSRF token goes with this one GET (the server refuses the export without it), and
// never with any other read; the answers travel as the query. And the file's name.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiGet, setCsrfToken } from '../../api/client.ts';
import { exportFamilyFhir, fhirFileName } from './fhir-export.api.ts';

type Sent = { url: string; headers: Record<string, string>; method: string | undefined };

function answering(body: unknown, status = 200): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, method: init.method });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/fhir+json' } });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the FHIR export request', () => {
  it('sends the session’s CSRF token with the export, and the answers as the query', async () => {
    setCsrfToken('token-1');
    const sent = answering({ resourceType: 'Bundle', type: 'collection' });
    const bundle = await exportFamilyFhir('family 1', { recipient: 'Council & co', purpose: 'Moving, with care', lawfulBasis: 'consent' });
    expect(bundle).toEqual({ resourceType: 'Bundle', type: 'collection' });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.method).toBe('GET');
    expect(sent[0]?.headers['x-csrf-token']).toBe('token-1');
    const url = new URL(sent[0]?.url ?? '', 'http://localhost');
    expect(url.pathname).toBe('/api/families/family%201/fhir');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      recipient: 'Council & co',
      purpose: 'Moving, with care',
      lawfulBasis: 'consent',
    });
  });

  it('keeps every other read without the token', async () => {
    setCsrfToken('token-1');
    const sent = answering({});
    await apiGet('/api/families');
    expect(sent[0]?.headers).not.toHaveProperty('x-csrf-token');
  });

  it('carries the server’s field problems', async () => {
    answering({ error: 'validation_error', message: 'Check each answer', fields: { recipient: 'Say which organisation' } }, 400);
    await expect(exportFamilyFhir('f', { recipient: '', purpose: '', lawfulBasis: '' })).rejects.toMatchObject({
      status: 400,
      serverFields: { recipient: 'Say which organisation' },
    });
  });
});

describe('the file’s name', () => {
  it('is the family’s name, without characters a file name may not hold', () => {
    expect(fhirFileName('Marie, Jamie and Clare')).toBe('Marie, Jamie and Clare.fhir.json');
    expect(fhirFileName('A/B: "C"\n')).toBe('A B C.fhir.json');
    expect(fhirFileName('..')).toBe('family.fhir.json');
  });
});
