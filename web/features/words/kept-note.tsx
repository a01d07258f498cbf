// A writer's "keep as written" beside the words it was saved with (issue 16 §1), for the care team only: which words the
// check found, who kept them, when and why. The family's screens never show it.
import type { KeptAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { formatDateTime } from '../../ui/time.ts';

export function KeptNote({ kept }: { kept: KeptAsWritten | null | undefined }) {
  if (!kept) return null;
  const words = kept.found.map((w) => `“${w}”`).join(', ');
  return (
    <p className="govuk-body-s umb-kept-note">
      <strong>Kept as written</strong>
      {words ? ` (${words})` : ''} by {kept.by} on {formatDateTime(kept.at)}. Why: {kept.reason}
    </p>
  );
}
