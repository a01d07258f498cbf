// What shows while a slow page loads; announced politely to screen readers.
import { useT } from '../i18n/i18n.ts';
import { pageWords as m } from './pages.messages.ts';

export function Loading() {
  const t = useT();
  return (
    <p className="govuk-body" role="status">
      {t(m.loading)}
    </p>
  );
}
