// Issue 18: being built (replaced by the module's own page).
export function InsightsPage() {
  return <h1 className="govuk-heading-l">InsightsPage</h1>;
}
