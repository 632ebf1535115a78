"use client";

import { useState } from "react";
import { Target } from "lucide-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { EmptyState } from "@/components/ui/EmptyState";
import { errorText } from "@/components/ui/error-text";
import { FormStatus } from "@/components/settings/form-parts";
import { sentenceCase } from "./format";
import { TargetCard } from "./TargetCard";
import { TargetForm, type TFormSubject } from "./TargetForm";
import { VersionHistory } from "./VersionHistory";
import { targetLabel } from "@/workflows/metrics/targets";

type Board = RouterOutputs["targets"]["board"];
type View = Board["targets"][number];

/** The targets in force with their figures, the form that sets or changes one, and the retired ones' histories. */
export function TargetsBoard({ initial, canEdit }: { initial: Board; canEdit: boolean }) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const board = useQuery({ ...trpc.targets.board.queryOptions(), initialData: initial }).data;
  const retire = useMutation(trpc.targets.retire.mutationOptions());
  const [subject, setSubject] = useState<TFormSubject | null>(null);
  const [retiring, setRetiring] = useState<View | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: trpc.targets.board.queryKey() });

  const form = subject && (
    <TargetForm
      key={subject.mode === "change" ? `${subject.label}-${subject.version}` : "new"}
      subject={subject}
      categories={board.categories}
      today={board.today}
      onCancel={() => setSubject(null)}
      onSaved={async (message) => {
        setSubject(null);
        setDone(message);
        await refresh();
      }}
    />
  );
  return (
    <div className="space-y-6">
      {canEdit && subject === null && board.targets.length > 0 && (
        <Button variant="primary" onClick={() => (setDone(null), setSubject({ mode: "set" }))}>
          Set a target
        </Button>
      )}
      {subject?.mode === "set" && form}
      <FormStatus done={done} />
      {board.targets.length === 0 && subject === null && (
        <EmptyState
          icon={Target}
          title="No targets yet"
          action={canEdit ? <Button variant="primary" onClick={() => setSubject({ mode: "set" })}>Set a target</Button> : undefined}
        >
          {canEdit
            ? "Set where automation, AI accuracy, first response or CSAT on automated tickets should be in 3, 6 or 12 months, and follow the trend week by week."
            : "A manager sets the team's targets; they appear here with the trend towards them."}
        </EmptyState>
      )}
      {board.targets.map((view) =>
        subject?.mode === "change" && subject.version === view.current.version && subject.label === view.label ? (
          <div key={view.current.id}>{form}</div>
        ) : (
          <TargetCard
            key={view.current.id}
            view={view}
            today={board.today}
            canEdit={canEdit}
            onChange={() => (setDone(null), setSubject({ mode: "change", key: view.history.key, version: view.current.version, value: view.current.value, label: view.label }))}
            onRetire={() => (retire.reset(), setRetiring(view))}
          />
        ),
      )}
      {board.targets.length > 0 && (
        <p className="text-xs text-zinc-500">
          Each projection fits a straight line to the last {board.fitWeeks} full weeks, weighting each week by how many tickets (or answers, or ratings) its
          value is over; the shaded range is where 80% of single weeks would fall on the due date. On track: the line reaches the target. At risk: it falls
          short, but the target is inside the range. Off track: even the range falls short.
        </p>
      )}
      {board.retired.length > 0 && (
        <section aria-labelledby="retired-targets" className="space-y-2">
          <h2 id="retired-targets" className="text-sm font-semibold text-zinc-900">
            Retired targets
          </h2>
          {board.retired.map((h) => (
            <VersionHistory key={`${h.key.metric}/${h.key.category}/${h.key.horizonMonths}`} history={h} title={sentenceCase(targetLabel(h.key))} />
          ))}
        </section>
      )}
      <ConfirmDialog
        open={retiring !== null}
        onClose={() => setRetiring(null)}
        busy={retire.isPending}
        title={`Retire the ${retiring?.label ?? "target"}?`}
        description="It stops showing here. Its versions stay in the history below, and you can set a new one at any time."
        error={retire.error ? errorText(retire.error) : null}
        confirmLabel="Retire target"
        busyLabel="Retiring…"
        onConfirm={async () => {
          if (!retiring) return;
          try {
            await retire.mutateAsync({ key: retiring.history.key, expectedVersion: retiring.current.version });
            setDone(`Retired the ${retiring.label}.`);
            setRetiring(null);
            await refresh();
          } catch {
            // Shown in the dialog, which stays open.
          }
        }}
      />
    </div>
  );
}

