// "Your account" → adding an authenticator app later (family members who skipped it at welcome): the welcome's own
// set-up step, started with the person's password, then their ten recovery codes, shown once.
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { accountWords as m } from './account.messages.ts';
import { accountSettingsQuery, confirmOwnAuthenticator, startOwnAuthenticator } from './accounts.api.ts';
import { AuthenticatorStep } from './authenticator.step.tsx';
import { RecoveryCodesView } from './recovery-codes.view.tsx';

export function AccountAuthenticatorPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <SetUp codes={codes} />;
  return (
    <>
      <Link to="/account" className="govuk-back-link">
        {t(m.backToAccount)}
      </Link>
      <AuthenticatorStep
        required={false}
        askPassword
        start={startOwnAuthenticator}
        confirm={confirmOwnAuthenticator}
        onDone={(recoveryCodes) => {
          setCodes(recoveryCodes);
          void queryClient.invalidateQueries({ queryKey: accountSettingsQuery.queryKey });
        }}
      />
    </>
  );
}

function SetUp({ codes }: { codes: string[] }) {
  const t = useT();
  usePageTitle(t(m.appSetUp));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{t(m.appSetUp)}</h1>
        <p className="govuk-body">{t(m.appSetUpBody)}</p>
        <RecoveryCodesView codes={codes} />
        <p className="govuk-body">
          <Link to="/account" className="govuk-link">
            {t(m.backToAccount)}
          </Link>
        </p>
      </div>
    </div>
  );
}
