"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { DeleteSettingButton } from "../DeleteSettingButton";

export function DeleteConnection({ id, name, title }: { id: string; name: string; title: string }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.connections.delete.mutationOptions());
  return (
    <DeleteSettingButton
      id={id}
      name={name}
      what="connection"
      consequences={`${title} can no longer send tickets to the studio, and flows stop acting in it. Its tickets stay in the studio; its mappings and saved credentials are removed. Remove the webhook in ${title} too.`}
      remove={remove}
      listPath="/settings/connections"
    />
  );
}
