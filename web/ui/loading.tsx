// What shows while a slow page loads; announced politely to screen readers.
export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}
