// Issue 18: being built (replaced by the module's own page).
export function SupervisionPage() {
  return <h1 className="govuk-heading-l">SupervisionPage</h1>;
}
