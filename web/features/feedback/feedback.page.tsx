// Issue 18: being built (replaced by the module's own page).
export function YourFeedbackPage() {
  return <h1 className="govuk-heading-l">YourFeedbackPage</h1>;
}
