"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { errorText } from "@/components/ui/error-text";

export function DeleteConnection({ id, name, title }: { id: string; name: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.connections.delete.mutationOptions());
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
        Delete connection
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        busy={remove.isPending}
        title={`Delete ${name}?`}
        description={`${title} can no longer send tickets to the studio, and flows stop acting in it. Its tickets stay in the studio; its mappings and saved credentials are removed. Remove the webhook in ${title} too.`}
        error={remove.error ? errorText(remove.error) : null}
        confirmLabel="Delete connection"
        busyLabel="Deleting…"
        focusCancel
        onConfirm={() => remove.mutateAsync({ id }).then(() => router.push("/settings/connections?deleted=" + encodeURIComponent(name)), () => undefined)}
      />
    </>
  );
}
