"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { CsvMappingStep } from "./CsvMappingStep";
import { FileStep } from "./FileStep";
import { ImportProgress } from "./ImportProgress";
import type { UploadedJob } from "./upload-file";
import { ZendeskCategoryStep } from "./ZendeskCategoryStep";
import { errorText } from "@/components/ui/error-text";

type Step = { kind: "file" } | { kind: "mapping"; job: UploadedJob } | { kind: "category"; job: UploadedJob } | { kind: "progress"; jobId: string; format: string };

/**
 * Upload → (CSV: map columns; Zendesk: where the category comes from) → progress and result. Freshdesk and
 * Intercom exports start as soon as they are uploaded.
 */
export function HistoryImport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: "file" });
  const start = useMutation(
    trpc.historyImport.start.mutationOptions({
      onSuccess: (job) => {
        setStep({ kind: "progress", jobId: job.id, format: job.format });
        void queryClient.invalidateQueries({ queryKey: trpc.historyImport.jobs.queryKey() });
      },
    }),
  );

  const uploaded = (job: UploadedJob) => {
    if (job.format === "csv") setStep({ kind: "mapping", job });
    else if (job.format === "zendesk") setStep({ kind: "category", job });
    else start.mutate({ jobId: job.id });
  };

  return (
    <div className="space-y-4">
      <ol className="flex gap-4 text-xs text-zinc-500" aria-label="Import steps">
        {["Upload", middleLabel(step), "Import"].map((label, i) => (
          <li key={label} aria-current={currentIndex(step) === i ? "step" : undefined} className={currentIndex(step) === i ? "font-semibold text-indigo-700" : ""}>
            {i + 1}. {label}
          </li>
        ))}
      </ol>
      {step.kind === "file" && <FileStep onUploaded={uploaded} />}
      {step.kind === "mapping" && (
        <CsvMappingStep jobId={step.job.id} starting={start.isPending} onStart={(mapping, saveMappingAs) => start.mutate({ jobId: step.job.id, mapping, saveMappingAs })} />
      )}
      {step.kind === "category" && (
        <ZendeskCategoryStep jobId={step.job.id} starting={start.isPending} onStart={(category) => start.mutate({ jobId: step.job.id, category })} />
      )}
      {step.kind === "progress" && (
        <>
          <ImportProgress jobId={step.jobId} />
          <Button variant="ghost" onClick={() => setStep({ kind: "file" })}>
            Import another file
          </Button>
        </>
      )}
      {start.isError && (
        <p role="alert" className="text-sm text-rose-700">
          {errorText(start.error)}
        </p>
      )}
    </div>
  );
}

/** A Zendesk export's second step chooses where the category comes from; a CSV's maps its columns. */
function middleLabel(step: Step): string {
  const format = step.kind === "file" ? null : step.kind === "progress" ? step.format : step.job.format;
  return format === "zendesk" ? "Category" : "Map columns";
}

function currentIndex(step: Step): number {
  return step.kind === "file" ? 0 : step.kind === "progress" ? 2 : 1;
}
