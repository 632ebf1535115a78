"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCan } from "@/components/providers/viewer";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";

/** "Cancel" for a queued or running backtest, for roles that may run them (the server refuses the rest anyway). */
export function CancelBacktestButton({ id }: { id: string }) {
  return useCan("backtests.run") ? <CancelControl id={id} /> : null;
}

function CancelControl({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cancel = useMutation(trpc.backtests.cancel.mutationOptions());
  const [open, setOpen] = useState(false);

  const confirm = async () => {
    try {
      await cancel.mutateAsync({ id });
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: trpc.backtests.get.queryKey({ id }) });
    } catch {
      // Shown from cancel.error in the dialog, which stays open.
    }
  };

  return (
    <>
      <Button
        size="sm"
        onClick={() => {
          cancel.reset();
          setOpen(true);
        }}
        aria-haspopup="dialog"
      >
        Cancel backtest
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        onConfirm={() => void confirm()}
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
