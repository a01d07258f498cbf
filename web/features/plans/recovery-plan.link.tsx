// The way from a family's page to its recovery plan (and from there to the children's plans).
import { Link } from '@tanstack/react-router';

export function RecoveryPlanLink({ familyId }: { familyId: string }) {
  return (
    <p className="govuk-body">
      <Link to="/families/$familyId/recovery-plan" params={{ familyId }} className="govuk-link govuk-!-font-weight-bold">
        Family recovery plan
      </Link>
      <span className="umb-muted">: goals, what is working well, worries, actions and ratings, and the children’s plans.</span>
    </p>
  );
}
