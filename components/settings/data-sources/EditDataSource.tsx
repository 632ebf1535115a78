"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { FormStatus } from "../form-parts";
import { DataSourceForm } from "./DataSourceForm";
import type { TDataSourceDetail } from "./types";

/** The saved data source's form; the auth header's value shows only that it is saved. */
export function EditDataSource({ source, intentLabels }: { source: TDataSourceDetail; intentLabels: { labels: string[]; source: string | null } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.dataSources.update.mutationOptions({ onSuccess: () => router.refresh() }));
  const returned = update.data;
  const saved = returned !== undefined && new Date(returned.updatedAt) > new Date(source.updatedAt) ? returned : source;
  return (
    <div className="space-y-2 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
      {source.secretUnreadable && (
        <p role="alert" className="text-[13px] text-red-700">
          The saved auth header value can no longer be opened (the workspace’s key changed); enter it again and save.
        </p>
      )}
      <DataSourceForm
        // A fresh form once a save answers, so the value input is empty again at once and says "saved".
        key={saved.updatedAt.toString()}
        initial={{ ...saved, secret: "", clearSecret: false, answerTemplate: saved.answerTemplate }}
        secretSet={saved.secretSet && !saved.secretUnreadable}
        intentLabels={intentLabels}
        submitLabel="Save data source"
        busy={update.isPending}
        serverError={update.error}
        onSubmit={(values) => update.mutate({ id: source.id, ...values })}
      />
      <FormStatus done={update.isSuccess ? `Saved ${update.data.name}.` : null} />
    </div>
  );
}
