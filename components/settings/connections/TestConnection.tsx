"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { CircleCheck, CircleX } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { errorText } from "@/components/ui/error-text";

/** "Test connection": asks the helpdesk who the saved credentials are, shows the answer, and refreshes the status. */
export function TestConnection({ id }: { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const test = useMutation(trpc.connections.test.mutationOptions({ onSettled: () => router.refresh() }));
  const result = test.data;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button onClick={() => test.mutate({ id })} disabled={test.isPending}>
        {test.isPending ? "Testing…" : "Test connection"}
      </Button>
      <div role="status" className="text-[13px]">
        {test.isPending ? (
          <span className="text-zinc-600">Asking the helpdesk…</span>
        ) : result ? (
          <span className={`flex items-start gap-1.5 ${result.ok ? "text-emerald-700" : "text-red-700"}`}>
            {result.ok ? <CircleCheck className="mt-px size-4 shrink-0" aria-hidden /> : <CircleX className="mt-px size-4 shrink-0" aria-hidden />}
            <span>{result.message}</span>
          </span>
        ) : test.error ? (
          <span className="text-red-700">{errorText(test.error)}</span>
        ) : null}
      </div>
    </div>
  );
}
