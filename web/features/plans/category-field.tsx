// The kind of information a plan item is (its category): it decides which agencies on the team read it, as for record
// entries. 'general' unless the writer chooses otherwise; for a worry, the checker suggests mental health when the words are
// about someone's mental health (a diagnostic label, voices, medication, a crisis).
import { findDiagnosticLabels } from '../../../shared/domain/plain-language.ts';
import { INFORMATION_CATEGORIES, INFORMATION_CATEGORY_KEYS, type InformationCategory } from '../../../shared/domain/records.ts';
import { Select } from '../../ui/select.tsx';

const MENTAL_HEALTH_WORDS =
  /\b(voices?|mental health|mentally|depress\w*|anxi\w*|psychos\w*|psychotic|medication|medicine|suicid\w*|self[- ]harm\w*|overdos\w*|sectioned|crisis (team|line|plan))\b/i;

/** The category the checker suggests for these words, or null when it has nothing to say. */
export function suggestedCategory(texts: readonly string[]): InformationCategory | null {
  const text = texts.join('\n');
  return findDiagnosticLabels(text).length > 0 || MENTAL_HEALTH_WORDS.test(text) ? 'mental_health' : null;
}

type CategoryFieldProps = {
  id: string;
  value: InformationCategory;
  onChange: (category: InformationCategory) => void;
  /** Shown as the reason for the value when the writer has not chosen one themselves. */
  suggested?: boolean;
  error?: string;
};

export function CategoryField({ id, value, onChange, suggested = false, error }: CategoryFieldProps) {
  return (
    <Select
      id={id}
      label="What kind of information is this?"
      hint={
        <>
          It decides which agencies on the team can read it, as for the record. Mental health stays with adult mental health unless the
          parent agrees to share it; general is read by everyone on the team.
          {suggested ? ' Suggested because the words are about someone’s mental health: change it if that is not right.' : null}
        </>
      }
      options={INFORMATION_CATEGORY_KEYS.map((key) => ({
        value: key,
        label: INFORMATION_CATEGORIES[key],
      }))}
      value={value}
      onValueChange={(next) => onChange(next as InformationCategory)}
      error={error}
    />
  );
}
