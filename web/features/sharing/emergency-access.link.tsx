// The way to emergency access, shown at the foot of "My families" for a family whose care team the professional is not on.
import { Link } from '@tanstack/react-router';

export function EmergencyAccessLink() {
  return (
    <p className="govuk-body umb-muted">
      Need to read the record of a family whose care team you are not on, in an emergency?{' '}
      <Link to="/emergency-access" className="govuk-link">
        Emergency access
      </Link>
    </p>
  );
}
