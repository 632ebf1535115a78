"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { CsvMappingStep } from "./CsvMappingStep";
import { FileStep } from "./FileStep";
import { ImportProgress } from "./ImportProgress";
import type { UploadedJob } from "./upload-file";

type Step = { kind: "file" } | { kind: "mapping"; job: UploadedJob } | { kind: "progress"; jobId: string };

/** Upload → (CSV: map columns) → progress and result. Non-CSV exports start as soon as they are uploaded. */
export function HistoryImport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: "file" });
  const start = useMutation(
    trpc.imports.start.mutationOptions({
      onSuccess: (job) => {
        setStep({ kind: "progress", jobId: job.id });
        void queryClient.invalidateQueries({ queryKey: trpc.imports.jobs.queryKey() });
      },
    }),
  );

  const uploaded = (job: UploadedJob) => {
    if (job.format === "csv") setStep({ kind: "mapping", job });
    else start.mutate({ jobId: job.id });
  };

  return (
    <div className="space-y-4">
      <ol className="flex gap-4 text-xs text-zinc-500" aria-label="Import steps">
        {["Upload", "Map columns", "Import"].map((label, i) => (
          <li key={label} aria-current={currentIndex(step) === i ? "step" : undefined} className={currentIndex(step) === i ? "font-semibold text-indigo-700" : ""}>
            {i + 1}. {label}
          </li>
        ))}
      </ol>
      {step.kind === "file" && <FileStep onUploaded={uploaded} />}
      {step.kind === "mapping" && (
        <CsvMappingStep jobId={step.job.id} starting={start.isPending} onStart={(mapping, saveMappingAs) => start.mutate({ jobId: step.job.id, mapping, saveMappingAs })} />
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
          {start.error.message}
        </p>
      )}
    </div>
  );
}

function currentIndex(step: Step): number {
  return step.kind === "file" ? 0 : step.kind === "mapping" ? 1 : 2;
}
