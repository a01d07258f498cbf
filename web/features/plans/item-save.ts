// Saving one recovery plan item (add or change). A change sends the version it read; if someone else saved meanwhile (409)
// their item is kept to show beside the form, the person's own words stay in the form, and the next save goes on top.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CreateItemRequest } from '../../../shared/contracts/plans.ts';
import { isApiError } from '../../api/client.ts';
import { conflictCurrent } from '../../ui/conflict.ts';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors } from '../../ui/server-errors.ts';
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
  onSaved: (saved: PlanItem) => void;
};

export function useItemSave({ familyId, item, ids, fallbackId, onSaved }: Options) {
  const queryClient = useQueryClient();
  const [baseVersion, setBaseVersion] = useState(item?.version ?? 0);
  const [conflict, setConflict] = useState<PlanItem | null>(null);
  // The item as the person last saw it, so a conflict can point out what the other person changed.
  const [seen, setSeen] = useState<PlanItem | null>(item);
  const [changedKeys, setChangedKeys] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});

  const mutation = useMutation({
    mutationFn: (body: CreateItemRequest) =>
      item
        ? editPlanItem(familyId, item.id, {
            version: baseVersion,
            content: body.content,
            ...(body.category ? { category: body.category } : {}),
          })
        : addPlanItem(familyId, body),
    onSuccess: async (saved) => {
      setConflict(null);
      setErrors({});
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
      setErrors(failureErrors(failure, { ...contentFieldIds(ids), content: fallbackId }, fallbackId));
    },
  });

  return {
    save: (body: CreateItemRequest) => mutation.mutate(body),
    busy: mutation.isPending,
    conflict,
    changedKeys,
    errors,
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
