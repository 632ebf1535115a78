"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { DeleteSettingButton } from "../DeleteSettingButton";

export function DeleteDataSource({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.dataSources.delete.mutationOptions());
  return (
    <DeleteSettingButton
      id={id}
      name={name}
      what="data source"
      consequences={`Flows and AI replies can no longer look anything up in “${name}”: their lookups fail, and the trace says why. The saved auth header value is removed. Results already looked up for tickets stay, so backtests of those tickets still read them.`}
      remove={remove}
      listPath="/settings/data-sources"
    />
  );
}
