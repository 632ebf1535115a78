"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { errorText } from "@/components/ui/error-text";
import { readSampleSize } from "@/lib/backtests/sample-size";
import { NamePicker } from "./NamePicker";
import { SampleSizeField } from "./SampleSizeField";
import {
  choiceValue,
  defaultBaseline,
  defaultRange,
  parseBaseline,
  parseCandidate,
  selectionOf,
  selectionSummary,
  type BaselineChoice,
  type CandidateChoice,
} from "./selection-defaults";

const FIELD = "h-8 w-full rounded-md border border-zinc-300 bg-white px-2 text-[13px] text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";
const LABEL = "block space-y-1 text-xs font-medium text-zinc-700";

interface Props {
  flowId: string;
  /** What the dialog preselects: the draft from the editor, a version from the version history. */
  candidate: CandidateChoice;
  /** Saves the editor's draft first, so the backtest replays what is on the canvas. */
  flush?: () => Promise<void>;
  onClose: () => void;
}

/**
 * Starts a backtest: what to replay, what to compare it with, and which tickets. A native modal <dialog>,
 * so focus stays inside and Escape closes it; Enter in any field submits. On start it opens the run's page,
 * which shows the progress.
 */
export function StartBacktestDialog({ flowId, candidate: initialCandidate, flush, onClose }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const flow = useQuery(trpc.flows.get.queryOptions({ id: flowId }));
  const options = useQuery(trpc.backtests.selectionOptions.queryOptions());
  const start = useMutation(trpc.backtests.start.mutationOptions());

  const versions = useMemo(() => flow.data?.versions ?? [], [flow.data]);
  const [candidate, setCandidate] = useState<CandidateChoice>(initialCandidate);
  const [baseline, setBaseline] = useState<BaselineChoice | null>(null);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [categories, setCategories] = useState<string[]>([]);
  const [queues, setQueues] = useState<string[]>([]);
  const [sampleSize, setSampleSize] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Defaults arrive with the data: the live version (or the previous one) to compare with, the last 90 days.
  const shownBaseline = baseline ?? (flow.data ? defaultBaseline(candidate, versions) : null);
  const shownRange = range ?? (options.data ? defaultRange(options.data.last) : null);

  const sample = readSampleSize(sampleSize);
  const selection = selectionOf({ range: shownRange, categories, queues, sampleSize: sample.size });
  // Recounted as the fields change; the last count stays on screen while the next one loads.
  const count = useQuery({
    ...trpc.backtests.countSelection.queryOptions(selection),
    enabled: options.isSuccess && sample.problem === null,
    placeholderData: keepPreviousData,
  });
  const nothingMatches = count.data?.matching === 0;

  const submit = async () => {
    if (busy || shownBaseline === null || sample.problem !== null) return;
    if (nothingMatches) {
      setError("No ticket matches this selection: widen the dates, or choose other categories or queues.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (candidate.kind === "draft") await flush?.();
      const { id } = await start.mutateAsync({
        flowId,
        candidate,
        baseline: shownBaseline,
        selection,
      });
      router.push(`/backtests/${id}`);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  const loading = flow.isPending || options.isPending;
  const loadError = flow.error ?? options.error;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="m-auto w-[34rem] max-w-[calc(100vw-2rem)] rounded-lg bg-white p-0 shadow-xl backdrop:bg-zinc-900/30"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form
        className="space-y-3 p-4 text-left"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId} className="text-sm font-semibold text-zinc-900">
          Backtest
        </h2>
        <p className="text-xs text-zinc-600">
          Replays the flow over historical tickets with a virtual clock: replies and agent actions happen at their recorded times, and nothing is sent.
        </p>
        {loadError && (
          <p role="alert" className="rounded-md bg-red-50 p-2 text-xs text-red-700">
            Could not load the versions and the history: {errorText(loadError)}
          </p>
        )}
        <div className="grid grid-cols-2 gap-3">
          <label className={LABEL}>
            What to replay
            <select className={FIELD} value={choiceValue(candidate)} onChange={(e) => setCandidate(parseCandidate(e.target.value))} autoFocus>
              <option value="draft">Working draft</option>
              <VersionOptions versions={versions} />
            </select>
          </label>
          <label className={LABEL}>
            Compare with
            <select
              className={FIELD}
              value={shownBaseline ? choiceValue(shownBaseline) : ""}
              disabled={loading}
              onChange={(e) => setBaseline(parseBaseline(e.target.value))}
            >
              {shownBaseline === null && <option value="">Loading…</option>}
              <option value="history">The history as it happened</option>
              <VersionOptions versions={versions} />
            </select>
          </label>
          <label className={LABEL}>
            From
            <input
              type="date"
              className={FIELD}
              value={shownRange?.from ?? ""}
              onChange={(e) => setRange({ from: e.target.value, to: shownRange?.to ?? "" })}
            />
          </label>
          <label className={LABEL}>
            To (exclusive)
            <input
              type="date"
              className={FIELD}
              value={shownRange?.to ?? ""}
              onChange={(e) => setRange({ from: shownRange?.from ?? "", to: e.target.value })}
            />
          </label>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <NamePicker legend="Categories" singular="category" plural="categories" options={options.data?.categories ?? []} selected={categories} onChange={setCategories} />
          <NamePicker legend="Queues" singular="queue" plural="queues" options={options.data?.queues ?? []} selected={queues} onChange={setQueues} />
        </div>
        <SampleSizeField value={sampleSize} problem={sample.problem} onChange={setSampleSize} />
        <p role="status" aria-label="Tickets selected" className={`text-xs ${nothingMatches ? "text-amber-700" : "text-zinc-700"}`}>
          {sample.problem !== null
            ? "Correct the sample size to see how many tickets will be replayed."
            : count.error
              ? `Could not count the tickets: ${errorText(count.error)}`
              : count.data
                ? selectionSummary(count.data)
                : "Counting tickets…"}
        </p>
        {error !== null && (
          <p role="alert" className="rounded-md bg-red-50 p-2 text-xs text-red-700">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy || loading || nothingMatches || sample.problem !== null}>
            {busy ? "Starting…" : "Start backtest"}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

/** The flow's versions as options of either select ("v3 (active)"). */
function VersionOptions({ versions }: { versions: ReadonlyArray<{ id: string; number: number; isActive: boolean }> }) {
  return versions.map((v) => (
    <option key={v.id} value={`version:${v.id}`}>
      v{v.number}
      {v.isActive ? " (active)" : ""}
    </option>
  ));
}
