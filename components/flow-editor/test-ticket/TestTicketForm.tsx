"use client";

import { useId, useState, type FormEvent } from "react";
import { Play } from "lucide-react";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { TEST_TICKET_MESSAGE_MAX, TEST_TICKET_PLANS, TEST_TICKET_SUBJECT_MAX } from "@/lib/flows/test-ticket";
import { CHANNELS } from "@/workflows/model/fields";
import { INPUT } from "../panels/inputs";
import type { TestTicketSetup } from "./useTestTicket";

export interface TestVersion {
  id: string;
  number: number;
  isActive: boolean;
  isShadow: boolean;
}

const LABEL = "block space-y-1 text-[11px] font-medium text-zinc-600";

/** Who the customer is and what they write first; Enter in the message runs the test (Shift+Enter for a new line). */
export function TestTicketForm({ initial, versions, running, onRun }: { initial: TestTicketSetup; versions: readonly TestVersion[]; running: boolean; onRun: (setup: TestTicketSetup) => void }) {
  const [setup, setSetup] = useState(initial);
  const [missing, setMissing] = useState(false);
  const id = useId();
  const set = <K extends keyof TestTicketSetup>(key: K, value: TestTicketSetup[K]) => setSetup((s) => ({ ...s, [key]: value }));
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (setup.body.trim() === "") return setMissing(true);
    onRun(setup);
  };
  return (
    <form className="space-y-3 p-3" onSubmit={submit} aria-label="Test ticket set-up">
      <fieldset className="grid grid-cols-2 gap-2">
        <legend className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-zinc-500">The customer</legend>
        <label className={LABEL}>
          Name
          <input className={INPUT} value={setup.customerName} maxLength={100} onChange={(e) => set("customerName", e.target.value)} />
        </label>
        <label className={LABEL}>
          Plan
          <input className={INPUT} value={setup.plan} maxLength={50} list={`${id}-plans`} onChange={(e) => set("plan", e.target.value)} />
          <datalist id={`${id}-plans`}>
            {TEST_TICKET_PLANS.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </label>
        <label className={LABEL}>
          Channel
          <select className={INPUT} value={setup.channel} onChange={(e) => set("channel", e.target.value as TestTicketSetup["channel"])}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          Contacts in the last 24 h
          <input className={INPUT} type="number" min={1} max={1000} value={setup.contactsLast24h} onChange={(e) => set("contactsLast24h", Math.max(1, Math.round(Number(e.target.value) || 1)))} />
        </label>
        <label className={cx(LABEL, "col-span-2")}>
          Page they write from
          <input className={INPUT} type="url" value={setup.pageUrl} placeholder="https://example.com/help/billing" onChange={(e) => set("pageUrl", e.target.value)} />
        </label>
        <label className="col-span-2 flex items-center gap-2 text-xs text-zinc-700">
          <input type="checkbox" checked={setup.enterprise} onChange={(e) => set("enterprise", e.target.checked)} />
          Enterprise account
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-zinc-500">Their first message</legend>
        <label className={LABEL}>
          Subject
          <input className={INPUT} value={setup.subject} maxLength={TEST_TICKET_SUBJECT_MAX} placeholder="Optional" onChange={(e) => set("subject", e.target.value)} />
        </label>
        <label className={LABEL}>
          Message
          <textarea
            className={cx(INPUT, "h-20 py-1", missing && "border-red-400")}
            value={setup.body}
            maxLength={TEST_TICKET_MESSAGE_MAX}
            placeholder="Type as the customer would, e.g. How do I change my card PIN?"
            autoFocus
            aria-invalid={missing}
            onChange={(e) => {
              set("body", e.target.value);
              setMissing(false);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) submit(e);
            }}
          />
        </label>
        {missing && (
          <p role="alert" className="text-[11px] text-red-600">
            Write the customer&apos;s first message.
          </p>
        )}
      </fieldset>
      <div className="flex items-end gap-2">
        <label className={cx(LABEL, "flex-1")}>
          Run
          <select className={INPUT} value={setup.run} onChange={(e) => set("run", e.target.value)}>
            <option value="draft">The draft, as it is now</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                Version {v.number}
                {v.isActive ? " (active)" : v.isShadow ? " (shadow)" : ""}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="primary" size="sm" disabled={running}>
          <Play className="size-3.5" aria-hidden /> {running ? "Running…" : "Run test"}
        </Button>
      </div>
    </form>
  );
}
