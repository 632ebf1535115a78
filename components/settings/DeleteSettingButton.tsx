"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { errorText } from "@/components/ui/error-text";

interface DeleteMutation {
  mutateAsync(input: { id: string }): Promise<unknown>;
  reset(): void;
  isPending: boolean;
  error: unknown;
}

/**
 * Deletes one saved setting (a connection, a data source) after a confirmation that says what stops working, then
 * goes back to its list, which names what was deleted. Cancel has the focus: deleting is never one Enter away.
 */
export function DeleteSettingButton(props: { id: string; name: string; what: string; consequences: string; remove: DeleteMutation; listPath: string }) {
  const { id, name, what, remove } = props;
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
        className="text-red-700"
      >
        Delete {what}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        busy={remove.isPending}
        title={`Delete ${name}?`}
        description={props.consequences}
        error={remove.error ? errorText(remove.error) : null}
        confirmLabel={`Delete ${what}`}
        busyLabel="Deleting…"
        focusCancel
        onConfirm={() => remove.mutateAsync({ id }).then(() => router.push(`${props.listPath}?deleted=${encodeURIComponent(name)}`), () => undefined)}
      />
    </>
  );
}
