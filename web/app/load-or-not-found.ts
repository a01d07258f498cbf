// Loads a page's data before it renders; a 404 becomes "Page not found" and a 401 is left to the session-ended handler.
import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { notFound } from '@tanstack/react-router';
import { isApiError } from '../api/client.ts';

export async function loadOrNotFound<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<T, Error, T, K>,
): Promise<void> {
  try {
    await queryClient.ensureQueryData(options);
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 403)) throw notFound();
    throw error;
  }
}
