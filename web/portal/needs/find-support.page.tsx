// "Find support yourself" (issue 15 §2): the family searches the service directory by need, words, language and
// "free", saves a service for later, and opens one to see when it is open, how to get there and how to contact it.
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { ServiceSummary } from '../../../shared/contracts/directory.ts';
import { saveService, unsaveService } from '../../ui/directory.api.ts';
import { DirectorySearch } from '../../ui/directory-search.tsx';
import { usePageTitle } from '../../ui/page-title.ts';

export function FindSupportPage() {
  usePageTitle('Find support');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family/needs" className="govuk-back-link">
          Back to what would help
        </Link>
        <h1 className="govuk-heading-l">Find support</h1>
        <p className="govuk-body">
          Services near you that can help. Searching here tells nobody: only you see what you look for and what you save.
        </p>
        <DirectorySearch
          initial={{}}
          showSaved
          resultTitle={(s) => (
            <Link to="/my-family/find-support/$serviceId" params={{ serviceId: s.id }} className="govuk-link">
              {s.name}
            </Link>
          )}
          resultActions={(s) => <SaveToggle service={s} />}
        />
      </div>
    </div>
  );
}

export function SaveToggle({ service }: { service: Pick<ServiceSummary, 'id' | 'name' | 'saved'> }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(service.saved);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const toggle = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await (saved ? unsaveService(service.id) : saveService(service.id));
      setSaved(!saved);
      await queryClient.invalidateQueries({ queryKey: ['directory'] });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="govuk-body-s">
      <button type="button" className="umb-link-button govuk-body-s" onClick={toggle} disabled={busy}>
        {saved ? 'Remove from my saved services' : 'Save for later'}
        <span className="govuk-visually-hidden"> {service.name}</span>
      </button>
      {saved ? (
        <span className="govuk-visually-hidden" role="status">
          {' '}
          Saved
        </span>
      ) : null}
      {failed ? <span className="govuk-error-message"> That did not work. Try again in a moment.</span> : null}
    </p>
  );
}
