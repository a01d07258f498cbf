// "Find support yourself" (issue 15 §2): the family searches the service directory by need, words, language and
// "free", saves a service for later, and opens one to see when it is open, how to get there and how to contact it.
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import type { ServiceSummary } from '../../../shared/contracts/directory.ts';
import { useLaterMessages, useT } from '../../i18n/i18n.ts';
import { saveService, unsaveService } from '../../ui/directory.api.ts';
import { DirectorySearch } from '../../ui/directory-search.tsx';
import { DirectoryText } from '../../ui/directory-text.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { findSupport as m } from './find-support.messages.ts';

/** `<hidden>…</hidden>` in a message: words only a screen reader hears, saying which service a button is for. */
const hidden = (chunks: ReactNode[]) => <span className="govuk-visually-hidden">{chunks}</span>;

export function FindSupportPage() {
  const t = useT();
  useLaterMessages();
  usePageTitle(t(m.title));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family/needs" className="govuk-back-link">
          {t(m.backToNeeds)}
        </Link>
        <h1 className="govuk-heading-l">{t(m.title)}</h1>
        <p className="govuk-body">{t(m.intro)}</p>
        <DirectorySearch
          initial={{}}
          showSaved
          resultTitle={(s) => (
            <Link to="/my-family/find-support/$serviceId" params={{ serviceId: s.id }} className="govuk-link">
              <DirectoryText words={s.name} />
            </Link>
          )}
          resultActions={(s) => <SaveToggle service={s} />}
        />
      </div>
    </div>
  );
}

export function SaveToggle({ service }: { service: Pick<ServiceSummary, 'id' | 'name' | 'saved'> }) {
  const t = useT();
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
        {t.rich(saved ? m.remove : m.saveForLater, { hidden, name: <DirectoryText words={service.name} /> })}
      </button>
      {saved ? (
        <span className="govuk-visually-hidden" role="status">
          {' '}
          {t(m.saved)}
        </span>
      ) : null}
      {failed ? <span className="govuk-error-message"> {t(m.failed)}</span> : null}
    </p>
  );
}
