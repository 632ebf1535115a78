"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type KeyboardEvent } from "react";
import { newRequestId } from "@/lib/tickets/agent-actions";
import { DRAFT_OUTCOME_WORDS } from "@/lib/tickets/draft-outcome";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { errorText } from "@/components/ui/error-text";
import { DraftBanner, type DraftOffer } from "./DraftBanner";

type Kind = "reply" | "note";

const TABS: Record<Kind, { label: string; placeholder: string; send: string; sending: string; sent: string }> = {
  reply: { label: "Reply", placeholder: "Write to the customer…", send: "Send reply", sending: "Sending…", sent: "Reply sent." },
  note: { label: "Internal note", placeholder: "A note for colleagues; the customer does not see it…", send: "Add note", sending: "Adding…", sent: "Note added." },
};

/** A box tall enough to read a drafted reply whole, up to a point: the agent should not have to scroll to edit it. */
function draftRows(text: string): number {
  return Math.min(16, Math.max(4, Math.ceil(text.length / 90) + text.split("\n").length));
}

/**
 * Under the conversation: a public reply or an internal note, Ctrl+Enter (⌘+Enter) sends. The text stays in the box
 * until the studio has stored it, so a refusal loses nothing; one request id per message makes a resend after a
 * lost answer post it once. When the flow left an AI draft, the reply box opens with it; the reply sent from it is
 * stored beside the draft, and emptying the box first counts as setting the draft aside.
 */
export function Composer({ ticketId, connected, draft }: { ticketId: string; connected: boolean; draft: DraftOffer | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("reply");
  const [bodies, setBodies] = useState<Record<Kind, string>>({ reply: draft?.text ?? "", note: "" });
  const [active, setActive] = useState<DraftOffer | null>(draft);
  const [cleared, setCleared] = useState(false);
  const [offered, setOffered] = useState<string | null>(draft?.id ?? null);
  const [notice, setNotice] = useState<string | null>(null);
  const requestIds = useRef<Record<Kind, string | null>>({ reply: null, note: null });
  const post = useMutation(trpc.tickets.postMessage.mutationOptions());
  const discard = useMutation(trpc.tickets.discardDraft.mutationOptions());
  const tab = TABS[kind];
  const body = bodies[kind];

  // A newer run left another draft while the page was open: offer it if the reply box is free.
  if ((draft?.id ?? null) !== offered) {
    setOffered(draft?.id ?? null);
    if (draft !== null && bodies.reply.trim() === "") {
      setActive(draft);
      setCleared(false);
      setBodies((b) => ({ ...b, reply: draft.text }));
    }
  }

  async function send() {
    if (post.isPending || body.trim() === "") return;
    const sending = kind;
    const requestId = (requestIds.current[sending] ??= newRequestId());
    const fromDraft = sending === "reply" && active !== null ? { id: active.id, cleared } : undefined;
    setNotice(null);
    discard.reset();
    try {
      const result = await post.mutateAsync({ ticketId, kind: sending, body, requestId, ...(fromDraft ? { draft: fromDraft } : {}) });
      requestIds.current[sending] = null;
      setBodies((b) => ({ ...b, [sending]: "" }));
      if (fromDraft) {
        setActive(null);
        setCleared(false);
      }
      setNotice(result.draftOutcome ? `${TABS[sending].sent} The AI draft was ${DRAFT_OUTCOME_WORDS[result.draftOutcome]}.` : TABS[sending].sent);
      router.refresh();
    } catch {
      // The error is shown from post.error; the text and its request id stay for another try.
    }
  }

  async function discardDraft() {
    if (active === null) return;
    setNotice(null);
    post.reset();
    try {
      await discard.mutateAsync({ draftId: active.id });
      setActive(null);
      setCleared(false);
      setBodies((b) => ({ ...b, reply: "" }));
      setNotice("Draft discarded.");
      router.refresh();
    } catch {
      // Shown from discard.error; the draft stays in the box.
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void send();
    }
  }

  const failed = post.error ?? discard.error;
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
        {kind === "reply" && active !== null && <DraftBanner draft={active} discarding={discard.isPending} onDiscard={() => void discardDraft()} />}
        <label htmlFor="composer-body" className="sr-only">
          {tab.label}
        </label>
        <textarea
          id="composer-body"
          value={body}
          onChange={(e) => {
            const value = e.target.value;
            setBodies((b) => ({ ...b, [kind]: value }));
            if (kind === "reply" && active !== null && value.trim() === "") setCleared(true);
            setNotice(null);
          }}
          onKeyDown={onKeyDown}
          rows={kind === "reply" && active !== null ? draftRows(body) : 4}
          placeholder={tab.placeholder}
          className={cx(
            "block w-full resize-y rounded-md border bg-white px-2.5 py-2 text-[13px] focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500",
            kind === "reply" && active !== null ? "border-violet-300" : "border-zinc-300",
          )}
        />
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Button variant="primary" onClick={() => void send()} disabled={post.isPending || body.trim() === ""}>
            {post.isPending ? tab.sending : tab.send}
          </Button>
          <span className="text-xs text-zinc-500">Ctrl+Enter sends{connected ? " · also posted in the helpdesk" : ""}</span>
          {failed && !post.isPending && !discard.isPending && (
            <p role="alert" className="basis-full text-xs text-red-700">
              {post.error ? "Not sent" : "Not discarded"}: {errorText(failed)}
            </p>
          )}
          {notice && !failed && (
            <p role="status" className="text-xs text-emerald-700">
              {notice}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
