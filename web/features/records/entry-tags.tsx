// The tags that say what is special about an entry: kept from the parent (all or part), hidden, or entered in error.
import type { Entry } from '../../api/types.ts';
import { Tag } from '../../ui/tag.tsx';

export function EntryTags({ entry }: { entry: Entry }) {
  const tags: { text: string; colour: 'red' | 'orange' | 'grey' | 'purple' }[] = [];
  if (entry.withholding?.scope === 'whole') tags.push({ text: 'Withheld from parent', colour: 'red' });
  if (entry.withholding?.scope === 'part') tags.push({ text: 'Part withheld', colour: 'orange' });
  if (entry.withholding?.placeholderHidden) tags.push({ text: 'Parent not told it exists', colour: 'purple' });
  if (entry.enteredInError) tags.push({ text: 'Entered in error', colour: 'grey' });
  if (tags.length === 0) return null;
  return (
    <ul className="umb-rec-tags">
      {tags.map((tag) => (
        <li key={tag.text}>
          <Tag colour={tag.colour}>{tag.text}</Tag>
        </li>
      ))}
    </ul>
  );
}
