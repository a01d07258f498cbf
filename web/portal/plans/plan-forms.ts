// Small pieces the plan forms share: one page title that says "Error:" while any form on the page shows errors, and reading 409 answers.
import { useCallback, useEffect, useRef, useState } from 'react';
import { conflictCurrent } from '../../ui/conflict.ts';
import type { PlanDocument, Section } from './plans.api.ts';

/** Many forms on one page: each reports whether it shows errors, and the page title says so while any does. */
export function useFormsWithErrors(): [boolean, (formId: string, hasErrors: boolean) => void] {
  const [withErrors, setWithErrors] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((formId: string, hasErrors: boolean) => {
    setWithErrors((previous) => {
      if (previous.has(formId) === hasErrors) return previous;
      const next = new Set(previous);
      if (hasErrors) next.add(formId);
      else next.delete(formId);
      return next;
    });
  }, []);
  return [withErrors.size > 0, report];
}

/**
 * Which item of a list is being changed. When its change is saved or cancelled, focus goes back to that item's
 * own "Change" button (id `${prefix}-${itemId}-change`) once it is on the page again, so keyboard users carry on
 * from where they were: an effect, not a timer, because the button exists only after the re-render.
 */
export function useItemEditing(prefix: string) {
  const [editing, setEditing] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useEffect(() => {
    if (returnTo === null || editing !== null) return;
    document.getElementById(`${prefix}-${returnTo}-change`)?.focus();
    setReturnTo(null);
  }, [prefix, returnTo, editing]);
  const done = useCallback((itemId: string) => {
    setEditing(null);
    setReturnTo(itemId);
  }, []);
  return { editing, startEditing: setEditing, doneEditing: done };
}

/** A form tells its page whether it shows errors, and stops claiming so when it goes away. */
export function useReportErrors(formId: string, hasErrors: boolean, onErrorsChange?: (formId: string, hasErrors: boolean) => void): void {
  const report = useRef(onErrorsChange);
  report.current = onErrorsChange;
  useEffect(() => report.current?.(formId, hasErrors), [formId, hasErrors]);
  useEffect(() => () => report.current?.(formId, false), [formId]);
}

/** The section as someone else saved it, from a 409 answer that carries either the section or its whole document. */
export function sectionFromConflict(error: unknown, sectionKey: string): Section | null {
  const current = conflictCurrent<Partial<PlanDocument> & Partial<Section>>(error);
  if (!current) return null;
  if (Array.isArray(current.sections)) return current.sections.find((s) => s.key === sectionKey) ?? null;
  if (typeof current.text === 'string' && typeof current.version === 'number') return current as Section;
  return null;
}
