"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type KeyboardEvent } from "react";
import { newRequestId } from "@/lib/tickets/agent-actions";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { errorText } from "@/components/ui/error-text";

type Kind = "reply" | "note";

const TABS: Record<Kind, { label: string; placeholder: string; send: string; sending: string; sent: string }> = {
  reply: { label: "Reply", placeholder: "Write to the customer…", send: "Send reply", sending: "Sending…", sent: "Reply sent." },
  note: { label: "Internal note", placeholder: "A note for colleagues; the customer does not see it…", send: "Add note", sending: "Adding…", sent: "Note added." },
};

/**
 * Under the conversation: a public reply or an internal note, Ctrl+Enter (⌘+Enter) sends. The text stays in the box
 * until the studio has stored it, so a refusal loses nothing; one request id per message makes a resend after a
 * lost answer post it once.
 */
export function Composer({ ticketId, connected }: { ticketId: string; connected: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("reply");
  const [body, setBody] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const requestId = useRef<string | null>(null);
  const post = useMutation(trpc.tickets.postMessage.mutationOptions());
  const tab = TABS[kind];

  async function send() {
    if (post.isPending || body.trim() === "") return;
    requestId.current ??= newRequestId();
    setNotice(null);
    try {
      await post.mutateAsync({ ticketId, kind, body, requestId: requestId.current });
      requestId.current = null;
      setBody("");
      setNotice(tab.sent);
      router.refresh();
    } catch {
      // The error is shown from post.error; the text and its request id stay for another try.
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void send();
    }
  }

  return (
    <section aria-label="Write on this ticket" className="mb-8 rounded-lg border border-zinc-200 bg-white">
      <div role="tablist" aria-label="Message kind" className="flex gap-1 border-b border-zinc-100 px-2 pt-2">
        {(Object.keys(TABS) as Kind[]).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={kind === k}
            onClick={() => {
              setKind(k);
              setNotice(null);
            }}
            className={cx(
              "rounded-t-md px-3 py-1.5 text-xs font-medium",
              kind === k ? (k === "note" ? "bg-amber-50 text-amber-900" : "bg-indigo-50 text-indigo-800") : "text-zinc-600 hover:bg-zinc-50",
            )}
          >
            {TABS[k].label}
          </button>
        ))}
      </div>
      <div className={cx("p-2", kind === "note" && "bg-amber-50/40")}>
        <label htmlFor="composer-body" className="sr-only">
          {tab.label}
        </label>
        <textarea
          id="composer-body"
          value={body}
          onChange={(e) => {
            setBody(e.target.value);
            setNotice(null);
          }}
          onKeyDown={onKeyDown}
          rows={4}
          placeholder={tab.placeholder}
          className="block w-full resize-y rounded-md border border-zinc-300 bg-white px-2.5 py-2 text-[13px] focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
        />
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Button variant="primary" onClick={() => void send()} disabled={post.isPending || body.trim() === ""}>
            {post.isPending ? tab.sending : tab.send}
          </Button>
          <span className="text-xs text-zinc-500">Ctrl+Enter sends{connected ? " · also posted in the helpdesk" : ""}</span>
          {post.error && !post.isPending && (
            <p role="alert" className="basis-full text-xs text-red-700">
              Not sent: {errorText(post.error)}
            </p>
          )}
          {notice && !post.error && (
            <p role="status" className="text-xs text-emerald-700">
              {notice}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
