// Browser entry: styles, the query cache, the router, and the 401 handler, mounted into #root.
import './styles.scss';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from '../api/client.ts';
import { startLocale } from '../i18n/i18n.ts';
import { createAppRouter } from './router.tsx';
import { handleSessionEnd } from './session-ended.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retrying cannot fix "signed out", "not allowed" or "not found"; only retry network and server trouble.
      retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

const router = createAppRouter({ queryClient });
handleSessionEnd(queryClient, router);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element');

// A language other than English is fetched before the first paint, so the page never flashes English first.
void startLocale().finally(() =>
  createRoot(rootElement).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  ),
);
