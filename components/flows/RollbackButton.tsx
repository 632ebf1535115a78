"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useCan } from "@/components/providers/viewer";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { useConfirmedMutation } from "@/components/ui/useConfirmedMutation";
import { rollbackReason } from "./rollback-message";
import { errorText } from "@/components/ui/error-text";

const TEXTAREA =
  "h-20 w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

/**
 * "Roll back" for one earlier version: a confirm with an editable message, then `flows.rollback`, which
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
  const dialog = useConfirmedMutation(rollback, () => router.refresh());
  const [message, setMessage] = useState(`Rollback to v${number}`);
  const busy = rollback.isPending;

  const show = () => {
    setMessage(`Rollback to v${number}`);
    dialog.show();
  };

  return (
    <>
      <Button size="sm" className="whitespace-nowrap" onClick={show} aria-haspopup="dialog" aria-label={`Roll back to v${number}`} title={`Publish v${number}'s graph again as a new active version`}>
        Roll back
      </Button>
      <ConfirmDialog
        open={dialog.open}
        onClose={dialog.close}
        onConfirm={() => void dialog.confirm({ flowId, versionId, message: rollbackReason(message, number) })}
        busy={busy}
        title={<>Roll back to v{number}?</>}
        description={
          <p>
            Publishes v{number}&apos;s graph again as a new version and makes it active for new tickets. Tickets already in flight finish
            on the version they started with. The working draft is not changed.
          </p>
        }
        error={rollback.error ? `Could not roll back: ${errorText(rollback.error)}` : null}
        confirmLabel={`Roll back to v${number}`}
        busyLabel="Rolling back…"
      >
        <label className="block space-y-1 text-[11px] font-medium text-zinc-600">
          Message
          <textarea className={TEXTAREA} value={message} maxLength={500} onChange={(e) => setMessage(e.target.value)} disabled={busy} autoFocus />
        </label>
      </ConfirmDialog>
    </>
  );
}
