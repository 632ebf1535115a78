"use client";

import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/components/providers/trpc-provider";
import { ReleaseSummary } from "@/components/flows/ReleaseSummary";
import { Button } from "@/components/ui/Button";
import { errorText } from "@/components/ui/error-text";
import { Skeleton } from "@/components/ui/Skeleton";
import type { CompileError } from "@/workflows/model";
import { INPUT } from "./panels/inputs";

interface Props {
  flowId: string;
  /** Saves the draft and resolves when the server has it: publish publishes the saved draft. */
  flush: () => Promise<void>;
  onClose: () => void;
  onPublished: (version: number) => void;
  /**
   * "Start a backtest" in the summary: the backtest dialog must not open inside this one (Escape would close
   * both), so the caller closes this dialog and opens it.
   */
  onStartBacktest: () => void;
}

function compileErrorsOf(error: unknown): CompileError[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as { compileErrors?: CompileError[] | null } | undefined;
  return data?.compileErrors ?? [];
}

/**
 * Publish the draft as a new version, after saying what that ships: the draft's warnings and its last backtest
 * (read once the draft is saved, so they are about exactly what will be published).
 */
export function PublishDialog({ flowId, flush, onClose, onPublished, onStartBacktest }: Props) {
  const trpc = useTRPC();
  const publish = useMutation(trpc.flows.publish.mutationOptions());
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<{ message: string; errors: CompileError[] } | undefined>();
  const check = useQuery({ ...trpc.flows.releaseCheck.queryOptions({ flowId, target: "draft" }), enabled: saved, staleTime: 0 });
  const next = check.data?.nextVersion;

  useEffect(() => {
    let live = true;
    // A failed save still lets the summary load: it then describes the last saved draft, and publish reports the failure.
    void flush()
      .catch(() => undefined)
      .finally(() => live && setSaved(true));
    return () => {
      live = false;
    };
  }, [flush]);

  const submit = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await flush();
      const version = await publish.mutateAsync({ flowId, message: message.trim() || undefined });
      onPublished(version.number);
    } catch (e) {
      setFailure({ message: errorText(e), errors: compileErrorsOf(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="fixed inset-0 z-50 grid place-items-center bg-zinc-900/30"
      role="dialog"
      aria-modal="true"
      aria-label="Publish flow"
      onKeyDown={(e) => e.key === "Escape" && !busy && onClose()}
    >
      <div className="max-h-[90vh] w-[32rem] max-w-[calc(100vw-2rem)] space-y-3 overflow-y-auto rounded-lg bg-white p-4 shadow-xl">
        <h2 className="text-sm font-semibold text-zinc-900">
          {next === undefined ? "Publish the draft as a new version?" : `Publish the draft as v${next}?`}
        </h2>
        <p className="text-xs text-zinc-600">
          The draft becomes {next === undefined ? "a new version" : `version ${next}`}, which can no longer change. New tickets will run it;
          tickets already in flight finish on the version they started with.
        </p>
        {saved ? (
          <ReleaseSummary flowId={flowId} target="draft" onStartBacktest={onStartBacktest} />
        ) : (
          <div role="status" aria-label="Saving the draft" className="space-y-1.5">
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-4 w-1/2" />
          </div>
        )}
        <label className="block space-y-1 text-[11px] font-medium text-zinc-600">
          What changed?
          <textarea className={`${INPUT} h-20 py-1`} value={message} maxLength={500} placeholder="e.g. Route chargebacks to disputes" onChange={(e) => setMessage(e.target.value)} autoFocus />
        </label>
        {failure && (
          <div role="alert" className="space-y-1 rounded-md bg-red-50 p-2 text-xs text-red-700">
            <p>{failure.message}</p>
            {failure.errors.map((e, i) => (
              <p key={i}>• {e.message}</p>
            ))}
          </div>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => void submit()} disabled={busy} data-testid="publish-confirm">
            {busy ? "Publishing…" : next === undefined ? "Publish" : `Publish v${next}`}
          </Button>
        </div>
      </div>
    </div>
  );
}
