"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Download, Link2, Send } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { TSignalsView } from "@/lib/signals/view";
import { Button, buttonClasses } from "@/components/ui/Button";
import { formatDateTime } from "@/components/ui/format";

/** Downloads for every reader; a read-only link and a Slack summary for those who may share. */
export function ShareBar({ view, canShare }: { view: TSignalsView; canShare: boolean }) {
  const query = new URLSearchParams({ to: view.to, origin: view.origin }).toString();
  return (
    <div className="mb-6 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <a className={buttonClasses({ size: "sm" })} href={`/api/signals/export?format=csv&${query}`} download>
          <Download className="size-3.5" aria-hidden />
          Download CSV
        </a>
        <a className={buttonClasses({ size: "sm" })} href={`/api/signals/export?format=markdown&${query}`} download>
          <Download className="size-3.5" aria-hidden />
          Download Markdown
        </a>
        {canShare && <SlackButton view={view} />}
      </div>
      {canShare && <SharedLinks view={view} />}
    </div>
  );
}

function SlackButton({ view }: { view: TSignalsView }) {
  const trpc = useTRPC();
  const send = useMutation(trpc.signals.sendToSlack.mutationOptions());
  return (
    <>
      <Button size="sm" onClick={() => send.mutate(view)} disabled={send.isPending}>
        <Send className="size-3.5" aria-hidden />
        {send.isPending ? "Sending…" : "Send to Slack"}
      </Button>
      <span role="status" className="text-xs text-zinc-600">
        {send.isError
          ? `Could not send: ${send.error.message}`
          : send.data?.delivered === "slack"
            ? "Sent to Slack."
            : send.data?.delivered === "log"
              ? "Slack is not connected (SLACK_WEBHOOK_URL is not set), so the summary was written to the server log."
              : ""}
      </span>
    </>
  );
}

function SharedLinks({ view }: { view: TSignalsView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const shares = useQuery(trpc.signals.shares.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.signals.shares.queryKey() });
  const share = useMutation(trpc.signals.share.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.signals.revokeShare.mutationOptions({ onSuccess: refresh }));
  const [copied, setCopied] = useState<string | null>(null);
  const urlOf = (token: string) => `${window.location.origin}/shared/signals/${token}`;
  return (
    <section aria-label="Shared links" className="rounded-lg border border-zinc-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" variant="primary" onClick={() => share.mutate(view)} disabled={share.isPending}>
          <Link2 className="size-3.5" aria-hidden />
          {share.isPending ? "Making a link…" : "Share a read-only link"}
        </Button>
        <span className="text-xs text-zinc-600">
          Anyone with the link sees these figures and example subjects for 30 days, without signing in; no ticket opens from it.
        </span>
      </div>
      {share.isError && <p role="alert" className="mt-2 text-xs text-red-700">Could not make a link: {share.error.message}</p>}
      {shares.isError && <p role="alert" className="mt-2 text-xs text-red-700">Could not list the shared links: {shares.error.message}</p>}
      {shares.data && shares.data.length > 0 && (
        <ul className="mt-3 divide-y divide-zinc-100 text-[13px]">
          {shares.data.map((s) => (
            <li key={s.token} className="flex flex-wrap items-center gap-2 py-1.5">
              <input
                readOnly
                aria-label={`Shared link for the 7 days ending ${s.view.to}`}
                value={urlOf(s.token)}
                onFocus={(e) => e.currentTarget.select()}
                className="min-w-0 flex-1 rounded border border-zinc-300 px-2 py-1 font-mono text-[11px]"
              />
              <Button
                size="sm"
                onClick={() => void navigator.clipboard?.writeText(urlOf(s.token)).then(() => setCopied(s.token))}
              >
                {copied === s.token ? "Copied" : "Copy"}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => revoke.mutate({ token: s.token })} disabled={revoke.isPending}>
                Revoke
              </Button>
              <span className="w-full text-[11px] text-zinc-500">
                7 days ending {s.view.to} ({s.view.origin === "all" ? "all tickets" : `${s.view.origin} tickets`}), shared by {s.createdBy}, works until{" "}
                {formatDateTime(new Date(s.expiresAt))} UTC
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
