// Route loaders for the portal: load before rendering, and turn "not yours" (403) or "not there" (404) into "Page not found".
import { notFound } from '@tanstack/react-router';
import { isApiError } from '../api/client.ts';

export async function orNotFound(load: Promise<unknown>): Promise<void> {
  try {
    await load;
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 403)) throw notFound();
    throw error;
  }
}
