"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { CitedArticles } from "@/components/knowledge/CitedArticles";
import { useMutation } from "@tanstack/react-query";
import { CheckCheck } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { RouterOutputs } from "@/server/api/root";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/EmptyState";
import { errorText } from "@/components/ui/error-text";
import type { TShadowVerdict } from "@/lib/shadow-review/rates";
import { pct } from "./format";

type Queue = RouterOutputs["shadowReview"]["queue"];
type Item = Queue["items"][number];

/** Typing in a box must not review a draft. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** The drafts waiting for a verdict: 1 would send, 2 would edit, 3 wrong (then a reason); j and k move between them. */
export function ReviewQueue({ queue, onReviewed }: { queue: Queue; onReviewed: () => Promise<unknown> }) {
  const trpc = useTRPC();
  const review = useMutation(trpc.shadowReview.review.mutationOptions());
  const [selected, setSelected] = useState(0);
  const [wrongFor, setWrongFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const items = queue.items;
  const current = items[Math.min(selected, items.length - 1)];

  const submit = async (item: Item, verdict: TShadowVerdict, reason?: string) => {
    setError(null);
    try {
      await review.mutateAsync({ id: item.id, verdict, reason });
      setWrongFor(null);
      await onReviewed();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const keys = useRef({ items, current, submit, busy: review.isPending });
  keys.current = { items, current, submit, busy: review.isPending };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      const { items, current, submit, busy } = keys.current;
      if (event.key === "j") setSelected((i) => Math.min(i + 1, items.length - 1));
      else if (event.key === "k") setSelected((i) => Math.max(i - 1, 0));
      else if (current && !busy && event.key === "1") void submit(current, "send");
      else if (current && !busy && event.key === "2") void submit(current, "edit");
      else if (current && event.key === "3") setWrongFor(current.id);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (items.length === 0) {
    return <EmptyState icon={CheckCheck} title="No drafts to review">Drafts appear here when an AI reply node in shadow mode handles a live ticket.</EmptyState>;
  }
  return (
    <section aria-labelledby="queue-title" className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h2 id="queue-title" className="text-sm font-semibold text-zinc-900">
          To review <span className="font-normal text-zinc-500">({queue.unreviewed})</span>
        </h2>
        <p className="text-xs text-zinc-500">
          Keys: <kbd>1</kbd> would send · <kbd>2</kbd> would edit · <kbd>3</kbd> wrong · <kbd>j</kbd>/<kbd>k</kbd> next/previous
        </p>
      </div>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      <ol className="space-y-3">
        {items.map((item, i) => (
          <li key={item.id}>
            <DraftCard
              item={item}
              selected={item.id === current?.id}
              busy={review.isPending}
              askingReason={wrongFor === item.id}
              onSelect={() => setSelected(i)}
              onVerdict={(verdict) => (verdict === "wrong" ? setWrongFor(item.id) : void submit(item, verdict))}
              onWrong={(reason) => void submit(item, "wrong", reason)}
              onCancelWrong={() => setWrongFor(null)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function DraftCard(props: {
  item: Item;
  selected: boolean;
  busy: boolean;
  askingReason: boolean;
  onSelect: () => void;
  onVerdict: (v: TShadowVerdict) => void;
  onWrong: (reason: string) => void;
  onCancelWrong: () => void;
}) {
  const { item, selected } = props;
  const above = item.confidence >= item.threshold;
  return (
    <article
      aria-label={`Draft for ${item.subject}`}
      aria-current={selected ? "true" : undefined}
      onClick={props.onSelect}
      className={cx("rounded-lg border bg-white p-4", selected ? "border-indigo-400 ring-2 ring-indigo-100" : "border-zinc-200")}
    >
      <header className="mb-2 flex flex-wrap items-center gap-2 text-xs text-zinc-600">
        <Link href={`/inbox/${item.ticketId}`} className="font-medium text-zinc-900 hover:underline">
          {item.subject}
        </Link>
        {item.category && <Badge>{item.category}</Badge>}
        {item.intent && item.intent !== item.category && <Badge tone="blue">{item.intent}</Badge>}
        <Badge tone={above ? "green" : "amber"}>
          confidence {pct(item.confidence)} {above ? "≥" : "<"} {pct(item.threshold)}
        </Badge>
        <span>
          {item.flowName} v{item.versionNumber}
        </span>
      </header>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <h3 className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Customer wrote</h3>
          <p className="mt-1 text-sm whitespace-pre-wrap text-zinc-800">{item.customerMessage}</p>
        </div>
        <div>
          <h3 className="text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">AI draft</h3>
          <p className="mt-1 rounded bg-zinc-50 p-2 text-sm whitespace-pre-wrap text-zinc-800">{item.text}</p>
          <CitedArticles citations={item.citations} className="mt-1 text-xs text-zinc-600" />
        </div>
      </div>
      {props.askingReason ? (
        <WrongReason busy={props.busy} onSubmit={props.onWrong} onCancel={props.onCancelWrong} />
      ) : (
        <div className="mt-3 flex gap-2">
          <Button size="sm" variant="primary" disabled={props.busy} onClick={() => props.onVerdict("send")}>
            Would send
          </Button>
          <Button size="sm" disabled={props.busy} onClick={() => props.onVerdict("edit")}>
            Would edit
          </Button>
          <Button size="sm" disabled={props.busy} onClick={() => props.onVerdict("wrong")}>
            Wrong
          </Button>
        </div>
      )}
    </article>
  );
}

function WrongReason({ busy, onSubmit, onCancel }: { busy: boolean; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState("");
  return (
    <form
      className="mt-3 flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onSubmit(reason.trim());
      }}
    >
      <input
        autoFocus
        aria-label="What is wrong with the draft"
        placeholder="What is wrong with it? e.g. cites the wrong policy"
        className="min-w-0 flex-1 rounded border border-zinc-300 px-2 py-1 text-sm"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => e.key === "Escape" && onCancel()}
      />
      <Button size="sm" variant="primary" type="submit" disabled={busy || !reason.trim()}>
        Mark wrong
      </Button>
      <Button size="sm" onClick={onCancel}>
        Cancel
      </Button>
    </form>
  );
}
