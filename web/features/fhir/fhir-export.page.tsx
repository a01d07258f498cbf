// "Send a copy to another system" (issue 19): a copy of what this worker may see of the family's record, as a FHIR R4
// Bundle, saved as a file to send on. It is a disclosure: who it is for, why and on what lawful basis, which the parent
// reads in "Who my information was shared with". The server's words name each missing answer, and say plainly when this
// worker may not send the record on (emergency access; an override the parent has not been told of).
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { LAWFUL_BASES, LAWFUL_BASIS_KEYS, type LawfulBasis } from '../../../shared/domain/sharing.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { focusElement } from '../../ui/focus.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { FORM_MESSAGE, failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { familyQuery } from '../families/families.queries.ts';
import { downloadBundle, exportFamilyFhir, fhirFileName } from './fhir-export.api.ts';

const IDS = { recipient: 'fhir-recipient', purpose: 'fhir-purpose', lawfulBasis: 'fhir-lawful-basis' } as const;
const FIELD_ORDER = Object.values(IDS);

type Sent = { recipient: string; fileName: string };

export function FhirExportPage({ familyId }: { familyId: string }) {
  const queryClient = useQueryClient();
  const { data: family } = useSuspenseQuery(familyQuery(familyId));
  const [recipient, setRecipient] = useState('');
  const [purpose, setPurpose] = useState('');
  const [lawfulBasis, setLawfulBasis] = useState<LawfulBasis | ''>('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sent, setSent] = useState<Sent | null>(null);
  const banner = useRef<HTMLDivElement>(null);
  usePageTitle('Send a copy to another system', Object.keys(errors).length > 0);

  useEffect(() => {
    if (sent) focusElement(banner.current);
  }, [sent]);

  const mutation = useMutation({
    mutationFn: (query: { recipient: string; purpose: string; lawfulBasis: string }) => exportFamilyFhir(familyId, query),
    onSuccess: async (bundle, query) => {
      const fileName = fhirFileName(family.displayName);
      downloadBundle(bundle, fileName);
      setErrors({});
      setSent({ recipient: query.recipient, fileName });
      setRecipient('');
      setPurpose('');
      setLawfulBasis('');
      await queryClient.invalidateQueries({ queryKey: ['families', familyId, 'sharing'] });
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setSent(null);
      // Missing answers at their fields; a refusal (403) or any other failure as the server's plain message.
      setErrors(failureErrors(failure, IDS, FORM_MESSAGE));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The server checks every answer, in the words of its contract (shared/contracts/fhir.ts).
    mutation.mutate({ recipient: recipient.trim(), purpose: purpose.trim(), lawfulBasis });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/families/$familyId" params={{ familyId }} className="govuk-back-link">
          Back to the family
        </Link>
        <ErrorSummary errors={summaryOf(errors, FIELD_ORDER)} />
        {sent ? (
          <div ref={banner}>
            <NotificationBanner title="Success" heading="The copy was downloaded" success>
              <p className="govuk-body">
                The parent can see that it was sent to {sent.recipient}, and why, in “Who my information was shared with”.
              </p>
              <p className="govuk-body">It is saved in your downloads as {sent.fileName}.</p>
            </NotificationBanner>
          </div>
        ) : null}
        <span className="govuk-caption-l">{family.displayName}</span>
        <h1 className="govuk-heading-l">Send a copy to another system</h1>
        <p className="govuk-body">
          This downloads a copy of what you can see of this family’s record, to send to another system, such as an NHS or council case
          system. The copy is in FHIR R4, the format NHS and council systems use to exchange records.
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>Withheld information is never included. Nor are addresses or the children’s own words.</li>
          {/* “The parent”, not a name: the family's page does not say which parent the record is about (a parent who lives
              elsewhere is a parent too, and does not see the sharing page). */}
          <li>The parent will see that a copy was sent, who it was sent to and why.</li>
        </ul>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            The file holds personal information. Send it only by a secure route, and delete it once it has been sent.
          </strong>
        </div>
        <form noValidate onSubmit={onSubmit}>
          <TextField
            id={IDS.recipient}
            label="Who is the copy for?"
            hint="The organisation or system, for example “Northshire council case system”. The parent will read this."
            value={recipient}
            onValueChange={setRecipient}
            error={errors[IDS.recipient]}
            maxLength={300}
            spellCheck
          />
          <TextArea
            id={IDS.purpose}
            label="Why are you sending it?"
            hint="The parent will read this. Use plain, kind words."
            rows={4}
            value={purpose}
            onValueChange={setPurpose}
            error={errors[IDS.purpose]}
            maxLength={1000}
          />
          <Radios<LawfulBasis>
            name={IDS.lawfulBasis}
            legend="Lawful basis"
            hint="What allows you to share the family’s information. The parent reads the words under each one."
            options={LAWFUL_BASIS_KEYS.map((key) => ({
              value: key,
              label: LAWFUL_BASES[key].label,
              hint: `The parent reads: “${LAWFUL_BASES[key].plain}”`,
            }))}
            value={lawfulBasis}
            onChange={setLawfulBasis}
            error={errors[IDS.lawfulBasis]}
            small
          />
          <div className="govuk-button-group">
            <Button busy={mutation.isPending}>Download the copy</Button>
            <Link to="/families/$familyId" params={{ familyId }} className="govuk-link">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
