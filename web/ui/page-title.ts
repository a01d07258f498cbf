// Sets document.title to "Page – Umbrella", with "Error: " in front while a form shows errors (GOV.UK pattern), in the
// language the page is shown in.
import { useEffect } from 'react';
import { type Translate, useT } from '../i18n/i18n.ts';
import { pageWords as m } from './pages.messages.ts';

export const SERVICE_NAME = 'Umbrella';

/** The title in the page's language (`t`); English when no translate function is given. */
export const pageTitle = (title: string, hasError = false, t?: Translate): string =>
  t ? t(hasError ? m.pageTitleWithError : m.pageTitle, { title }) : `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;

export function usePageTitle(title: string, hasError = false): void {
  const t = useT();
  const shown = pageTitle(title, hasError, t);
  useEffect(() => {
    document.title = shown;
  }, [shown]);
}
