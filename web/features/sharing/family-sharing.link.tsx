// The way from a family's page to its consent and sharing page.
import { Link } from '@tanstack/react-router';

export function FamilySharingLink({ familyId }: { familyId: string }) {
  return (
    <p className="govuk-body">
      <Link to="/families/$familyId/sharing" params={{ familyId }} className="govuk-link govuk-!-font-weight-bold">
        Consent and sharing
      </Link>
      <span className="umb-muted">: who can see which information, the family’s consents and any sharing without consent.</span>
    </p>
  );
}
