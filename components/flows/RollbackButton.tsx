"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useCan } from "@/components/providers/viewer";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { rollbackReason } from "./rollback-message";

const TEXTAREA =
  "h-20 w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

/**
 * "Roll back" for one earlier version: a modal confirm (native <dialog>: focus moves in, Tab stays in,
 * Escape cancels, focus returns to the button) with an editable message, then `flows.rollback`, which
 * publishes that version's graph as a new active version; the page is refreshed to show it.
 */
type Props = { flowId: string; versionId: string; number: number };

/** Only for roles that may roll back (the server refuses the rest anyway). */
export function RollbackButton(props: Props) {
  return useCan("flows.publish") ? <RollbackControl {...props} /> : null;
}

function RollbackControl({ flowId, versionId, number }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const rollback = useMutation(trpc.flows.rollback.mutationOptions());
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState(`Rollback to v${number}`);
  const titleId = useId();
  const descriptionId = useId();
  const busy = rollback.isPending;

  useEffect(() => {
    const d = dialog.current;
    if (d === null) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const show = () => {
    rollback.reset();
    setMessage(`Rollback to v${number}`);
    setOpen(true);
  };

  const confirm = async () => {
    try {
      await rollback.mutateAsync({ flowId, versionId, message: rollbackReason(message, number) });
      setOpen(false);
      router.refresh();
    } catch {
      // Shown from rollback.error below; the dialog stays open so the user can retry or cancel.
    }
  };

  return (
    <>
      <Button size="sm" className="whitespace-nowrap" onClick={show} aria-haspopup="dialog" aria-label={`Roll back to v${number}`} title={`Publish v${number}'s graph again as a new active version`}>
        Roll back
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-[28rem] max-w-[calc(100vw-2rem)] rounded-lg bg-white p-0 shadow-xl backdrop:bg-zinc-900/30"
        onCancel={(e) => {
          // Escape: never close while the request is in flight.
          e.preventDefault();
          if (!busy) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      >
        {open && (
          <form
            className="space-y-3 p-4 text-left"
            onSubmit={(e) => {
              e.preventDefault();
              if (!busy) void confirm();
            }}
          >
            <h2 id={titleId} className="text-sm font-semibold text-zinc-900">
              Roll back to v{number}?
            </h2>
            <p id={descriptionId} className="text-xs font-normal text-zinc-600">
              Publishes v{number}&apos;s graph again as a new version and makes it active for new tickets. Tickets already in flight
              finish on the version they started with. The working draft is not changed.
            </p>
            <label className="block space-y-1 text-[11px] font-medium text-zinc-600">
              Message
              <textarea className={TEXTAREA} value={message} maxLength={500} onChange={(e) => setMessage(e.target.value)} disabled={busy} autoFocus />
            </label>
            {rollback.error && (
              <p role="alert" className="rounded-md bg-red-50 p-2 text-xs font-normal text-red-700">
                Could not roll back: {rollback.error.message}
              </p>
            )}
            <div className="flex justify-end gap-2">
              <Button onClick={() => setOpen(false)} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" disabled={busy}>
                {busy ? "Rolling back…" : `Roll back to v${number}`}
              </Button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
