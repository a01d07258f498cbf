// One service for the family (issue 15 §2, §3): when it is open, where it is and how to get there, how to contact it,
// saving it, and, for a service people may contact themselves, sending it a referral from one of their needs.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { ServiceDetail } from '../../../shared/contracts/directory.ts';
import type { PersonNeeds } from '../../../shared/contracts/needs.ts';
import { CONSENT_CATEGORY_KEYS, type ConsentCategory } from '../../../shared/domain/sharing.ts';
import { useLaterMessages, useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { Checkboxes } from '../../ui/checkboxes.tsx';
import { serviceDetail } from '../../ui/directory.api.ts';
import { ServiceFacts } from '../../ui/directory-search.tsx';
import { DirectoryText } from '../../ui/directory-text.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { Loading } from '../../ui/loading.tsx';
import { needsWords } from '../../ui/needs-words.messages.ts';
import { CATEGORY_WORDS, NEED_DOMAIN_WORDS } from '../../ui/needs-words.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { findSupport as m } from './find-support.messages.ts';
import { SaveToggle } from './find-support.page.tsx';
import { myNeeds, myNeedsKey, referMyself } from './needs.api.ts';

export function ServicePage({ serviceId }: { serviceId: string }) {
  const t = useT();
  useLaterMessages();
  const service = useQuery({ queryKey: ['directory', 'service', serviceId], queryFn: ({ signal }) => serviceDetail(serviceId, signal) });
  usePageTitle(service.data?.name ?? t(m.aService));
  if (service.isPending) return <Loading />;
  if (service.isError) throw service.error;
  const s = service.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Link to="/my-family/find-support" className="govuk-back-link">
          {t(m.backToFindSupport)}
        </Link>
        <h1 className="govuk-heading-l">
          <DirectoryText words={s.name} />
        </h1>
        <SaveToggle service={s} />
        <ServiceFacts service={s} />
        {s.selfReferral ? <SelfReferral service={s} /> : null}
      </div>
    </div>
  );
}

function SelfReferral({ service }: { service: ServiceDetail }) {
  const t = useT();
  const needs = useQuery({ queryKey: myNeedsKey, queryFn: ({ signal }) => myNeeds(signal) });
  const queryClient = useQueryClient();
  const [needId, setNeedId] = useState('');
  const [shared, setShared] = useState<ConsentCategory[]>(['general']);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [key] = useState(() => crypto.randomUUID());
  if (!needs.data) return null;
  const open = needs.data.people.flatMap((p: PersonNeeds) => p.needs.filter((n) => n.status === 'open' && n.allowed.refer));
  if (open.length === 0) return null;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!needId) missing.needId = t(m.chooseNeed);
    if (!text.trim()) missing.sentText = t(m.writeWhatAsked);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      await referMyself(needId, { serviceId: service.id, sharedCategories: shared, sentText: text }, key);
      setSent(true);
      await queryClient.invalidateQueries({ queryKey: myNeedsKey });
    } catch (error) {
      setErrors(fieldErrorsFromFailure(error, 'sentText'));
    } finally {
      setBusy(false);
    }
  };
  if (sent)
    return (
      <NotificationBanner success title={t(m.bannerTitle)} heading={t(m.sent, { service: service.name })}>
        <p className="govuk-body">{t.rich(m.sentWhere, { link: (chunks) => <Link to="/my-family/needs">{chunks}</Link> })}</p>
      </NotificationBanner>
    );
  return (
    <section aria-labelledby="self-referral">
      <h2 className="govuk-heading-m" id="self-referral">
        {t.rich(m.askYourself, { service: <DirectoryText words={service.name} /> })}
      </h2>
      <p className="govuk-body">{t(m.askYourselfIntro)}</p>
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={toFormErrors(errors, ['needId', 'sharedCategories', 'sentText'])} />
        <Radios
          name="needId"
          legend={t(m.whatHelpWith)}
          options={open.map((n) => ({
            value: n.id,
            label: t(NEED_DOMAIN_WORDS[n.domain]),
            hint: (
              <Written lang={n.writtenIn} as="span" note={false}>
                {t(needsWords.quoted, { words: n.words })}
              </Written>
            ),
          }))}
          value={needId}
          onChange={setNeedId}
          error={errors.needId}
          small
        />
        <Checkboxes
          name="sharedCategories"
          legend={t(m.whatToldThem)}
          hint={t(m.whatToldThemHint)}
          groups={[{ options: CONSENT_CATEGORY_KEYS.map((c) => ({ value: c, label: t(CATEGORY_WORDS[c]) })) }]}
          values={shared}
          onChange={(values) => setShared(values as ConsentCategory[])}
          error={errors.sharedCategories}
          small
        />
        <TextArea id="sentText" label={t(m.whatAsked)} rows={4} value={text} onValueChange={setText} error={errors.sentText} />
        <Button busy={busy}>{t(m.save)}</Button>
      </form>
    </section>
  );
}
