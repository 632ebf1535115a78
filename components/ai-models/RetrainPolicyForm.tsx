"use client";

import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { DateTime } from "@/components/ui/DateTime";
import { errorText, fieldError } from "@/components/ui/error-text";
import { Section } from "@/components/ui/Section";
import { Skeleton } from "@/components/ui/Skeleton";
import { describedBy, errorsOf, FieldError, FormStatus, inputClass, LABEL } from "@/components/settings/form-parts";
import { RETRAIN_SCHEDULES, SCHEDULE_LABELS, ZRetrainPolicySchema, type TRetrainPolicy } from "@/lib/intent-models/retrain-policy";

/** How often the model retrains on its own, and whether a version that wins on the held-out tickets becomes active without a person. */
export function RetrainPolicyForm() {
  const trpc = useTRPC();
  const query = useQuery(trpc.aiModels.retrainPolicy.queryOptions());
  return (
    <Section title="Retraining" aside="Admins change these; everyone who sees this page can read them">
      {query.isPending ? (
        <div role="status" aria-label="Loading the retraining settings" className="max-w-xl space-y-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
          <Skeleton className="h-4 w-64" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-4 w-80" />
        </div>
      ) : query.isError ? (
        <p role="alert" className="text-[13px] text-red-700">
          Could not load the retraining settings: {errorText(query.error)}
        </p>
      ) : (
        <PolicyForm initial={query.data.policy} canEdit={query.data.canEdit} nextTrainingAt={query.data.nextTrainingAt} />
      )}
    </Section>
  );
}

type Draft = { schedule: TRetrainPolicy["schedule"]; auto: boolean; margin: string };

function PolicyForm({ initial, canEdit, nextTrainingAt }: { initial: TRetrainPolicy; canEdit: boolean; nextTrainingAt: Date | null }) {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.aiModels.saveRetrainPolicy.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.aiModels.retrainPolicy.queryKey() }) }));
  const [draft, setDraft] = useState<Draft>({ schedule: initial.schedule, auto: initial.autoActivateMargin !== null, margin: String(initial.autoActivateMargin ?? 2) });
  const [done, setDone] = useState<string | null>(null);
  const policy = { schedule: draft.schedule, autoActivateMargin: draft.auto ? (draft.margin.trim() === "" ? Number.NaN : Number(draft.margin)) : null };
  const marginError = draft.auto ? (errorsOf(ZRetrainPolicySchema, policy).autoActivateMargin ?? fieldError(save.error, "autoActivateMargin")) : undefined;

  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setDone(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (marginError) return;
    const stored = await save.mutateAsync(policy).catch(() => null);
    if (stored) setDone("Saved. Trainings from now on follow these settings.");
  }

  return (
    <form onSubmit={onSubmit} aria-label="Retraining" className="max-w-xl space-y-4 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
      <fieldset disabled={!canEdit || save.isPending} className="space-y-4">
        <div>
          <label htmlFor={`${id}-schedule`} className={LABEL}>
            Retrain on the labelled history
          </label>
          <select id={`${id}-schedule`} className={inputClass(undefined, "w-48")} value={draft.schedule} onChange={(e) => change({ schedule: e.target.value as Draft["schedule"] })}>
            {RETRAIN_SCHEDULES.map((s) => (
              <option key={s} value={s}>
                {SCHEDULE_LABELS[s]}
              </option>
            ))}
          </select>
          <p className="mt-1 text-xs text-zinc-500">
            Counted from the last training, whoever started it.{" "}
            {initial.schedule !== "never" && nextTrainingAt && (
              <>
                Next: <DateTime value={nextTrainingAt} zone />.
              </>
            )}
          </p>
        </div>
        <div>
          <label className="flex items-start gap-2 text-[13px] text-zinc-800">
            <input type="checkbox" className="mt-0.5" checked={draft.auto} onChange={(e) => change({ auto: e.target.checked })} />
            <span>
              <span className="font-medium">Make a new version active when it beats the active one</span>
              <span className="block text-xs text-zinc-500">
                On the held-out tickets, by at least the margin below. Otherwise a person looks at the comparison and decides.
              </span>
            </span>
          </label>
          {draft.auto && (
            <div className="ml-6 mt-2">
              <label htmlFor={`${id}-margin`} className={LABEL}>
                Margin, in points of accuracy
              </label>
              <input
                id={`${id}-margin`}
                type="number"
                inputMode="decimal"
                step="0.5"
                className={inputClass(marginError, "w-28")}
                value={draft.margin}
                onChange={(e) => change({ margin: e.target.value })}
                {...describedBy(`${id}-margin`, marginError)}
              />
              <FieldError id={`${id}-margin-error`} error={marginError} />
            </div>
          )}
        </div>
      </fieldset>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
          <FormStatus error={save.isError && !marginError ? errorText(save.error) : null} done={done} />
        </div>
      ) : (
        <p className="text-xs text-zinc-500">Only an admin can change these settings.</p>
      )}
    </form>
  );
}
