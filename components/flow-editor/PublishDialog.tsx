"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import type { CompileError } from "@/workflows/model";
import { INPUT } from "./panels/inputs";

interface Props {
  flowId: string;
  /** Saves the draft and resolves when the server has it: publish publishes the saved draft. */
  flush: () => Promise<void>;
  onClose: () => void;
  onPublished: (version: number) => void;
}

function compileErrorsOf(error: unknown): CompileError[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as { compileErrors?: CompileError[] | null } | undefined;
  return data?.compileErrors ?? [];
}

export function PublishDialog({ flowId, flush, onClose, onPublished }: Props) {
  const trpc = useTRPC();
  const publish = useMutation(trpc.flows.publish.mutationOptions());
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; errors: CompileError[] } | undefined>();

  const submit = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await flush();
      const version = await publish.mutateAsync({ flowId, message: message.trim() || undefined });
      onPublished(version.number);
    } catch (e) {
      setFailure({ message: e instanceof Error ? e.message : String(e), errors: compileErrorsOf(e) });
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
      <div className="w-[28rem] space-y-3 rounded-lg bg-white p-4 shadow-xl">
        <h2 className="text-sm font-semibold text-zinc-900">Publish a new version</h2>
        <p className="text-xs text-zinc-600">New tickets will run this version. Tickets already in flight finish on the version they started with.</p>
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
            {busy ? "Publishing…" : "Publish"}
          </Button>
        </div>
      </div>
    </div>
  );
}
