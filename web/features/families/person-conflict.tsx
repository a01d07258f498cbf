// Shown when someone else changed a person's details while this form was open: their version, and what to do next.
import { LOCALE_INFO } from '../../../shared/i18n/locales.ts';
import type { Person } from '../../api/types.ts';
import { formatDate } from '../../ui/format.ts';
import { NotificationBanner } from '../../ui/notification-banner.tsx';
import { SummaryList } from '../../ui/summary-list.tsx';
import { PERSON_KIND_LABELS } from './people.section.tsx';

export function PersonConflict({ current }: { current: Person }) {
  return (
    <NotificationBanner heading="Someone else changed these details while you were editing">
      <p className="govuk-body">This is what they saved. Your changes are still in the form below: check them, then save again.</p>
      <SummaryList
        rows={[
          { key: 'Name', value: current.fullName },
          { key: 'Known as', value: current.preferredName ?? 'Not recorded' },
          { key: 'Who they are', value: PERSON_KIND_LABELS[current.kind] },
          { key: 'Date of birth', value: current.dateOfBirth ? formatDate(current.dateOfBirth) : 'Not recorded' },
          { key: 'Pronouns', value: current.pronouns ?? 'Not recorded' },
          {
            key: 'Language they prefer',
            value: current.preferredLanguage ? (
              <span lang={current.preferredLanguage}>{LOCALE_INFO[current.preferredLanguage].own}</span>
            ) : (
              'Not chosen yet'
            ),
          },
          { key: 'School', value: current.school ?? 'Not recorded' },
          { key: 'Important people', value: current.importantPeople ?? 'Not recorded' },
        ]}
      />
    </NotificationBanner>
  );
}
