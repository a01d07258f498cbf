// A page with several forms: any form showing errors puts "Error: " in front of the page title (GOV.UK pattern).
import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useState } from 'react';
import { usePageTitle } from '../../ui/page-title.ts';

const ReportErrors = createContext<(key: string, hasErrors: boolean) => void>(() => {});

export function PageWithForms({ title, children }: { title: string; children: ReactNode }) {
  const [withErrors, setWithErrors] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((key: string, hasErrors: boolean) => {
    setWithErrors((previous) => {
      if (previous.has(key) === hasErrors) return previous;
      const next = new Set(previous);
      if (hasErrors) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  usePageTitle(title, withErrors.size > 0);
  return <ReportErrors.Provider value={report}>{children}</ReportErrors.Provider>;
}

/** Tells the page whether this form shows errors now; forgotten when the form closes. */
export function useReportErrors(hasErrors: boolean): void {
  const report = useContext(ReportErrors);
  const key = useId();
  useEffect(() => {
    report(key, hasErrors);
    return () => report(key, false);
  }, [report, key, hasErrors]);
}
