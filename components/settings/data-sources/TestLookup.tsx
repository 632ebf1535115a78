"use client";

import { useId, useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { errorText, fieldError } from "@/components/ui/error-text";
import { templateNames } from "@/lib/lookups/template";
import { describedBy, Field, inputClass } from "../form-parts";
import { LookupStatusBadge } from "./LookupStatusBadge";
import type { TDataSourceDetail, TTestLookupView } from "./types";

/** How each path value is asked for: text.number from a sample message, as it is found in a ticket. */
function labelOf(name: string): { label: string; hint?: string; placeholder?: string } {
  if (name === "text.number") return { label: "Customer message", hint: "The first number of 4–20 digits in it fills {{text.number}}.", placeholder: "Where is order #48213?" };
  if (name.startsWith("args.")) return { label: `${name.slice(5)} (from the AI’s tool call)` };
  if (name.startsWith("ticket.customFields.")) return { label: `Custom field ${name.slice(20)}` };
  return { label: { "ticket.externalId": "Ticket’s helpdesk id", "customer.email": "Customer email", "customer.externalId": "Customer’s helpdesk id" }[name] ?? name };
}

/**
 * "Test lookup": calls the saved data source with sample values (or a real ticket's) and shows the request, the
 * outcome, the fields read and the answer as received, so the admin can fix the path or the field paths.
 */
export function TestLookup({ source }: { source: TDataSourceDetail }) {
  const trpc = useTRPC();
  const id = useId();
  const test = useMutation(trpc.dataSources.test.mutationOptions());
  const names = templateNames(source.pathTemplate);
  const [values, setValues] = useState<Record<string, string>>({});
  const [ticketId, setTicketId] = useState("");
  const ticketError = fieldError(test.error, "ticketId");

  function submit(event: FormEvent) {
    event.preventDefault();
    test.mutate({ id: source.id, ticketId: ticketId.trim() || null, values });
  }

  return (
    <div className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-zinc-200">
      <form onSubmit={submit} aria-label="Test lookup" className="space-y-3">
        <p className="text-[13px] text-zinc-600">
          Type sample values, or give a ticket to read them from; a typed value wins. Nothing is kept on the ticket. Asks{" "}
          <code className="break-all rounded bg-zinc-50 px-1 ring-1 ring-zinc-200">
            {source.baseUrl.replace(/\/+$/, "")}
            {source.pathTemplate}
          </code>
        </p>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
          {names.map((name) => {
            const { label, hint, placeholder } = labelOf(name);
            const inputId = `${id}-${name}`;
            return (
              <Field key={name} id={inputId} label={label} hint={hint ?? `Fills {{${name}}}.`}>
                <input id={inputId} value={values[name] ?? ""} placeholder={placeholder} spellCheck={false} onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))} className={inputClass(undefined)} {...describedBy(inputId, undefined, true)} />
              </Field>
            );
          })}
          <Field id={`${id}-ticket`} label="Ticket (optional)" error={ticketError} hint="The studio’s ticket id or the helpdesk’s; its customer, custom fields and latest message fill the rest.">
            <input id={`${id}-ticket`} value={ticketId} spellCheck={false} onChange={(e) => setTicketId(e.target.value)} className={inputClass(ticketError)} {...describedBy(`${id}-ticket`, ticketError, true)} />
          </Field>
        </div>
        <Button type="submit" disabled={test.isPending}>
          {test.isPending ? "Looking up…" : "Test lookup"}
        </Button>
      </form>
      <div role="status" aria-live="polite" className="text-[13px]">
        {test.isPending ? <span className="text-zinc-600">Asking {source.name}…</span> : test.data ? <TestResult view={test.data} /> : test.error && !ticketError ? <span className="text-red-700">{errorText(test.error)}</span> : null}
      </div>
    </div>
  );
}

function TestResult({ view }: { view: TTestLookupView }) {
  const { result } = view;
  const fields = Object.entries(result.fields);
  return (
    <div className="space-y-3" aria-label="Lookup result">
      <p className="flex flex-wrap items-center gap-2">
        <LookupStatusBadge status={result.status} />
        {view.httpStatus !== null && <span className="text-zinc-600">HTTP {view.httpStatus}</span>}
        {view.url && <code className="break-all text-xs text-zinc-700">GET {view.url}</code>}
      </p>
      {view.ticket && <p className="text-zinc-600">Values from ticket {view.ticket.externalId} “{view.ticket.subject}”.</p>}
      {result.error && <p className="text-red-700">{result.error}</p>}
      {fields.length > 0 && (
        <table className="text-left">
          <caption className="sr-only">Fields read</caption>
          <thead>
            <tr className="text-xs text-zinc-500">
              <th scope="col" className="pr-6 font-medium">Field</th>
              <th scope="col" className="font-medium">Value</th>
            </tr>
          </thead>
          <tbody>
            {fields.map(([name, value]) => (
              <tr key={name}>
                <td className="pr-6 font-mono text-xs">{name}</td>
                <td>{value === null ? <span className="text-zinc-500">empty</span> : String(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.raw !== null && (
        <div>
          <p className="text-xs font-medium text-zinc-500">The answer as received</p>
          <pre tabIndex={0} aria-label="The answer as received" className="mt-1 max-h-64 overflow-auto rounded-md bg-zinc-50 p-2 text-xs whitespace-pre-wrap break-all text-zinc-800 ring-1 ring-zinc-200">
            {readable(view.raw)}
          </pre>
        </div>
      )}
    </div>
  );
}

/** A JSON answer indented so its paths are easy to follow; anything else (cut short, HTML) as it came. */
function readable(raw: string): string {
  if (raw === "") return "(empty)";
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
