// Sets document.title to "Page – Umbrella", with "Error: " in front while a form shows errors (GOV.UK pattern).
import { useEffect } from 'react';

export const SERVICE_NAME = 'Umbrella';

export const pageTitle = (title: string, hasError = false): string => `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;

export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = pageTitle(title, hasError);
  }, [title, hasError]);
}
