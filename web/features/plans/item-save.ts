// Saving one recovery plan item (add or change). A change sends the version it read; if someone else saved meanwhile (409)
// their item is kept to show beside the form, the person's own words stay in the form, and the next save goes on top.
// Words the respectful-language check finds are kept only on purpose, once per save, with a reason (features/words).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CreateItemRequest } from '../../../shared/contracts/plans.ts';
import { isApiError } from '../../api/client.ts';
import { conflictCurrent } from '../../ui/conflict.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors } from '../../ui/server-errors.ts';
import { useKeepAsWritten } from '../words/keep-as-written.tsx';
import { itemFields } from './item-fields.ts';
import { addPlanItem, editPlanItem } from './plans.api.ts';
import { recoveryPlanKey } from './plans.queries.ts';
import type { PlanItem } from './plans.types.ts';

/** Server field names ("content.safetyGoal.forHowLong") to this form's input ids; given without the "content." part. */
export function contentFieldIds(ids: Record<string, string>): Record<string, string> {
  const withPrefix = Object.fromEntries(Object.entries(ids).map(([key, id]) => [`content.${key}`, id]));
  return { ...ids, ...withPrefix };
}

type Options = {
  familyId: string;
  /** The item being changed, or null when adding one. */
  item: PlanItem | null;
  /** Server field name (inside `content`) → input id. */
  ids: Record<string, string>;
  fallbackId: string;
  /** The words the family will read, as they are now: checked as they are typed and at save. */
  texts: readonly string[];
  onSaved: (saved: PlanItem) => void;
};

export function useItemSave({ familyId, item, ids, fallbackId, texts, onSaved }: Options) {
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState(item?.version ?? 0);
  const [conflict, setConflict] = useState<PlanItem | null>(null);
  // The item as the person last saw it, so a conflict can point out what the other person changed.
  const [seen, setSeen] = useState<PlanItem | null>(item);
  const [changedKeys, setChangedKeys] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const words = useKeepAsWritten({ id: fallbackId, texts, ids: contentFieldIds(ids), fallbackId });

  const mutation = useMutation({
    mutationFn: (body: CreateItemRequest) =>
      item
        ? editPlanItem(familyId, item.id, {
            version: baseVersion,
            content: body.content,
            ...(body.category ? { category: body.category } : {}),
            keepAsWritten: body.keepAsWritten,
          })
        : addPlanItem(familyId, body),
    onSuccess: async (saved) => {
      setConflict(null);
      setErrors({});
      words.reset();
      await queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
      onSaved(saved);
    },
    onError: (failure) => {
      const current = conflictCurrent<PlanItem>(failure);
      if (current) {
        setChangedKeys(changedFieldKeys(seen, current));
        setSeen(current);
        setConflict(current);
        setBaseVersion(current.version);
        setErrors({});
        void queryClient.invalidateQueries({ queryKey: recoveryPlanKey(familyId) });
        return;
      }
      if (isApiError(failure) && failure.status === 401) return;
      if (words.refused(failure)) return setErrors({});
      setErrors(failureErrors(failure, { ...contentFieldIds(ids), content: fallbackId }, fallbackId));
    },
  });

  // Under each field: the form's own problem first, else the words the server asked about in it.
  const shown: FieldErrors = {
    ...Object.fromEntries(
      Object.values(ids).flatMap((id) => {
        const message = words.inline(id);
        return message ? [[id, message]] : [];
      }),
    ),
    ...errors,
  };

  return {
    /** Sends the item, with "keep as written" when it was ticked; stops when its reason is missing. */
    save: (body: CreateItemRequest) => {
      if (words.prepare()) mutation.mutate({ ...body, keepAsWritten: words.body() });
    },
    busy: mutation.isPending,
    conflict,
    changedKeys,
    /** Each field's problem: the form's own, else the words the server asked about in it (ItemFormShell lists those once). */
    errors: shown,
    /** For ItemFormShell: the findings in its error summary, and "Keep as written" above the save button. */
    words,
    setErrors,
  };
}

/** Fields whose words differ between what the person saw and what was saved meanwhile. */
function changedFieldKeys(before: PlanItem | null, after: PlanItem): string[] {
  const old = new Map((before ? itemFields(before) : []).map((field) => [field.key, field.value]));
  const now = itemFields(after);
  const keys = now.filter((field) => old.get(field.key) !== field.value).map((field) => field.key);
  const removed = [...old.keys()].filter((key) => !now.some((field) => field.key === key));
  return [...keys, ...removed];
}
