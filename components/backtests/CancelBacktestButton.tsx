"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCan } from "@/components/providers/viewer";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { useConfirmedMutation } from "@/components/ui/useConfirmedMutation";

/** "Cancel" for a queued or running backtest, for roles that may run them (the server refuses the rest anyway). */
export function CancelBacktestButton({ id }: { id: string }) {
  return useCan("backtests.run") ? <CancelControl id={id} /> : null;
}

function CancelControl({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cancel = useMutation(trpc.backtests.cancel.mutationOptions());
  const dialog = useConfirmedMutation(cancel, () => queryClient.invalidateQueries({ queryKey: trpc.backtests.get.queryKey({ id }) }));

  return (
    <>
      <Button size="sm" onClick={dialog.show} aria-haspopup="dialog">
        Cancel backtest
      </Button>
      <ConfirmDialog
        open={dialog.open}
        onClose={dialog.close}
        onConfirm={() => void dialog.confirm({ id })}
        busy={cancel.isPending}
        title="Cancel this backtest?"
        description={<p>The replay stops; no results are shown. The model answers it computed stay cached, so running it again is quicker.</p>}
        error={cancel.error ? `Could not cancel: ${cancel.error.message}` : null}
        confirmLabel="Cancel backtest"
        busyLabel="Cancelling…"
        focusCancel
        dismissLabel="Keep running"
      />
    </>
  );
}
