"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Brain } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { TModelView } from "@/server/services/intent-models/model-view";
import { overallProgress, stageLabel } from "@/lib/intent-models/progress";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { Section } from "@/components/ui/Section";
import { CalibrationView } from "./CalibrationView";
import { ModelsTable } from "./ModelsTable";
import { Retraining } from "./Retraining";
import { PossibleNewIntents } from "./PossibleNewIntents";

/** Train a version (progress polled while it runs), see each version's figures, pick the active one, read its calibration. */
export function AiModelsView({ initial, canTrain, encoderInstalled }: { initial: TModelView[]; canTrain: boolean; encoderInstalled: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const models = useQuery(
    trpc.aiModels.list.queryOptions(undefined, { initialData: initial, refetchInterval: (q) => ((q.state.data ?? []).some((m) => m.status === "training") ? 1000 : false) }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.aiModels.list.queryKey() });
  const train = useMutation(trpc.aiModels.train.mutationOptions({ onSuccess: refresh }));
  const activate = useMutation(trpc.aiModels.activate.mutationOptions({ onSuccess: refresh }));
  const [shown, setShown] = useState<number | null>(null);
  // Off by default: a new version is then made active by the comparison on the held-out tickets, or by a person.
  const [activateWhenDone, setActivateWhenDone] = useState(false);

  const list = models.data ?? [];
  const training = list.find((m) => m.status === "training");
  const calibrated = list.find((m) => m.version === shown) ?? list.find((m) => m.active) ?? list.find((m) => m.metrics !== null);

  return (
    <>
      {canTrain && (
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <Button variant="primary" onClick={() => train.mutate({ activate: activateWhenDone })} disabled={train.isPending || training !== undefined}>
            <Brain className="size-3.5" aria-hidden />
            {training ? "Training…" : "Train a new version"}
          </Button>
          <label className="flex items-center gap-1.5 text-xs text-zinc-700">
            <input type="checkbox" checked={activateWhenDone} onChange={(e) => setActivateWhenDone(e.target.checked)} />
            Make it active when trained, whatever the comparison says
          </label>
          {(train.isError || activate.isError) && (
            <p role="alert" className="text-sm text-rose-700">
              {(train.error ?? activate.error)?.message}
            </p>
          )}
        </div>
      )}
      {!encoderInstalled && (
        <p role="status" className="mb-4 max-w-3xl rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The sentence encoder is not installed on this server, so new versions learn from word and character patterns
          alone, which is less accurate. Run <code>npm run encoder:install</code> and restart to add it.
        </p>
      )}
      {training && (
        <div className="mb-6">
          <ProgressBar label={`Training v${training.version}`} value={overallProgress(training.progress)} detail={training.progress ? `${stageLabel(training.progress.stage)} ${training.progress.done.toLocaleString("en")}/${training.progress.total.toLocaleString("en")}` : "Starting…"} />
        </div>
      )}
      <Section title="Versions">
        {list.length === 0 ? (
          <EmptyState icon={Brain} title="No model trained yet">
            Until a model is trained, intents come from the keyword baseline. Training learns the categories of your labelled history and picks, by cross-validation, the confidence below which it hands the ticket to a person.
          </EmptyState>
        ) : (
          <ModelsTable models={list} canTrain={canTrain} activating={activate.isPending ? (activate.variables?.version ?? null) : null} onActivate={(version) => activate.mutate({ version })} onShow={setShown} />
        )}
      </Section>
      <Retraining models={list} canTrain={canTrain} activating={activate.isPending ? (activate.variables?.version ?? null) : null} onActivate={(version) => activate.mutate({ version })} />
      {calibrated?.metrics && (
        <Section title={`Calibration of v${calibrated.version}`} aside="Cross-validated on your history: precision of the answered tickets and share answered, by threshold">
          <CalibrationView key={calibrated.version} metrics={calibrated.metrics} modelName={calibrated.name} />
        </Section>
      )}
      <PossibleNewIntents canLabel={canTrain} />
    </>
  );
}
