// Issue 18: being built (replaced by the module's own page).
export function GiveFeedbackPage() {
  return <h1 className="govuk-heading-l">GiveFeedbackPage</h1>;
}
