"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { FormStatus } from "../form-parts";
import { ConnectionForm } from "./ConnectionForm";
import { GeneratedSecrets } from "./GeneratedSecrets";
import type { TConnectionDetailView, TConnectionKindOption } from "./types";

/** The saved connection's form; secrets show only that they are saved. */
export function EditConnection({ connection, kind }: { connection: TConnectionDetailView; kind: TConnectionKindOption }) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.connections.update.mutationOptions({ onSuccess: () => router.refresh() }));
  const returned = update.data;
  const saved = returned !== undefined && new Date(returned.updatedAt) > new Date(connection.updatedAt) ? returned : connection;
  return (
    <div className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
      {connection.secretsUnreadable && (
        <p role="alert" className="text-[13px] text-red-700">
          The saved secrets can no longer be opened (the workspace’s key changed); enter them again and save.
        </p>
      )}
      <ConnectionForm
        // A fresh form as soon as a save answers (not when the page's refresh lands), so the secret inputs are
        // empty again at once and say "saved"; it shows what the save returned until the refreshed page catches up.
        key={saved.updatedAt.toString()}
        kind={kind}
        initial={{ name: saved.name, enabled: saved.enabled, settings: saved.settings }}
        secretsSet={saved.secretsSet}
        submitLabel="Save connection"
        busy={update.isPending}
        serverError={update.error}
        onSubmit={(values) => update.mutate({ id: connection.id, ...values })}
      />
      <FormStatus done={update.isSuccess ? `Saved ${update.data.name}.` : null} />
      {update.data?.generatedSecrets && <GeneratedSecrets kind={kind} secrets={update.data.generatedSecrets} />}
    </div>
  );
}
