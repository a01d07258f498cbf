// Asks for a copy of everything held about a person, then checks every 2 seconds (for about a minute) until it is ready.
import { useEffect, useRef, useState } from 'react';
import { apiGet, isApiError } from './client.ts';
import type { ExportStatus } from './sharing.types.ts';

const POLL_MS = 2_000;
const MAX_POLLS = 30;

export type ExportJob =
  | { state: 'idle' }
  | { state: 'starting' }
  | { state: 'pending'; id: string }
  | { state: 'ready'; id: string; content: unknown }
  /**
   * `message`: null when there are no words to add to the page's own; `english`: the server's own words, as it wrote them
   * (a family member's page marks them as English). An API error's message is already in the page's language.
   */
  | { state: 'failed'; message: string | null; english?: boolean; fields?: Record<string, string>; status?: number }
  | { state: 'slow'; id: string };

export const exportDocumentHref = (id: string): string => `/api/exports/${encodeURIComponent(id)}/document`;

/** `start` sends the request that makes the export (it answers 202 with the export's id). */
export function useExportJob(start: () => Promise<{ id: string }>) {
  const [job, setJob] = useState<ExportJob>({ state: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const startRef = useRef(start);
  startRef.current = start;

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const poll = (id: string, count: number) => {
    timer.current = window.setTimeout(async () => {
      try {
        const status = await apiGet<ExportStatus>(`/api/exports/${encodeURIComponent(id)}`);
        if (status.status === 'ready') setJob({ state: 'ready', id, content: status.content });
        else if (status.status === 'failed') setJob({ state: 'failed', message: status.error ?? null, english: true });
        else if (count + 1 >= MAX_POLLS) setJob({ state: 'slow', id });
        else poll(id, count + 1);
      } catch (error) {
        setJob({ state: 'failed', message: isApiError(error) ? error.message : null });
      }
    }, POLL_MS);
  };

  const run = async () => {
    if (job.state === 'starting' || job.state === 'pending') return;
    window.clearTimeout(timer.current);
    setJob({ state: 'starting' });
    try {
      const { id } = await startRef.current();
      setJob({ state: 'pending', id });
      poll(id, 0);
    } catch (error) {
      setJob(
        isApiError(error)
          ? { state: 'failed', message: error.message, fields: error.fields, status: error.status }
          : { state: 'failed', message: null },
      );
    }
  };

  /** After "taking longer than usual": look once more without asking for a new copy. */
  const checkAgain = () => {
    if (job.state === 'slow') {
      setJob({ state: 'pending', id: job.id });
      poll(job.id, 0);
    }
  };

  return { job, run, checkAgain };
}

/** A download link's address for the copy as data; the caller revokes it when the link goes away. */
export function jsonDownloadUrl(content: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }));
}
