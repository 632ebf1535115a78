"use client";

import { useId, useState, type FormEvent } from "react";
import { fieldError } from "@/components/ui/error-text";
import { PATH_VARIABLES, pathVariableProblem, templateNames } from "@/lib/lookups/template";
import { describedBy, Field, inputClass } from "../form-parts";
import { SettingFormFooter } from "../SettingFormFooter";
import { FieldsEditor } from "./FieldsEditor";
import { IntentsPicker } from "./IntentsPicker";
import type { TDataSourceFormValues } from "./types";

export const EMPTY_DATA_SOURCE: TDataSourceFormValues = {
  name: "",
  description: "",
  baseUrl: "",
  pathTemplate: "/orders/{{text.number}}",
  authHeaderName: "Authorization",
  secret: "",
  clearSecret: false,
  intents: [],
  fields: [{ name: "status", path: "order.status", type: "string" }],
  answerTemplate: null,
  timeoutMs: 3000,
  enabled: true,
};

const PLACED = ["name", "description", "baseUrl", "pathTemplate", "authHeaderName", "secret", "answerTemplate", "timeoutMs"];

/**
 * A data source's settings. The auth header's value is a password input that starts empty: once saved it is never
 * sent back, and leaving it empty keeps it. The path's names are checked as they are typed, against the list shown.
 */
export function DataSourceForm({
  initial,
  secretSet,
  intentLabels,
  submitLabel,
  busy,
  serverError,
  onSubmit,
  onCancel,
}: {
  initial: TDataSourceFormValues;
  secretSet: boolean;
  intentLabels: { labels: string[]; source: string | null };
  submitLabel: string;
  busy: boolean;
  serverError: unknown;
  onSubmit: (values: TDataSourceFormValues) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [v, setV] = useState(initial);
  const [timeout, setTimeoutText] = useState(String(initial.timeoutMs));
  const set = <K extends keyof TDataSourceFormValues>(key: K, value: TDataSourceFormValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const err = (path: string) => fieldError(serverError, path);
  const pathProblems = templateNames(v.pathTemplate).flatMap((n) => pathVariableProblem(n) ?? []);
  const pathError = pathProblems[0] ?? err("pathTemplate");
  const placed = PLACED.some((p) => err(p)) || v.fields.some((_, i) => err(`fields.${i}.name`) || err(`fields.${i}.path`));
  const editing = initial.name !== "";

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ ...v, name: v.name.trim(), timeoutMs: Number(timeout), answerTemplate: v.answerTemplate?.trim() ? v.answerTemplate : null });
  }

  const secretHint = secretSet ? "Saved — leave empty to keep it, or type a new value to replace it." : "The header’s value, e.g. “Bearer sk_live_…”. Stored encrypted and never shown again. Leave empty if the API needs none.";
  const fieldNames = v.fields.map((f) => f.name).filter(Boolean);
  return (
    <form onSubmit={submit} aria-label={editing ? `Edit data source ${initial.name}` : "New data source"} className="space-y-5">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id={`${id}-name`} label="Name" error={err("name")} hint="Short and lower-case, as flows and the trace name it, e.g. “orders”.">
          <input id={`${id}-name`} value={v.name} required maxLength={40} spellCheck={false} autoFocus={!editing} onChange={(e) => set("name", e.target.value)} className={inputClass(err("name"))} {...describedBy(`${id}-name`, err("name"), true)} />
        </Field>
        <Field id={`${id}-description`} label="Description" error={err("description")} hint="What it knows, for the AI and for people: “Order status, items and tracking”.">
          <input id={`${id}-description`} value={v.description} maxLength={500} onChange={(e) => set("description", e.target.value)} className={inputClass(err("description"))} {...describedBy(`${id}-description`, err("description"), true)} />
        </Field>
        <Field id={`${id}-baseUrl`} label="Base URL" error={err("baseUrl")} hint="The API’s address, e.g. https://orders.example.com/api">
          <input id={`${id}-baseUrl`} type="url" value={v.baseUrl} required spellCheck={false} placeholder="https://orders.example.com/api" onChange={(e) => set("baseUrl", e.target.value)} className={inputClass(err("baseUrl"))} {...describedBy(`${id}-baseUrl`, err("baseUrl"), true)} />
        </Field>
        <Field id={`${id}-path`} label="Path template" error={pathError} hint="Added to the base URL; values in {{ }} come from the ticket (listed below).">
          <input id={`${id}-path`} value={v.pathTemplate} required spellCheck={false} onChange={(e) => set("pathTemplate", e.target.value)} className={inputClass(pathError, "font-mono")} {...describedBy(`${id}-path`, pathError, true)} />
        </Field>
      </div>
      <details className="rounded-md bg-zinc-50 px-3 py-2 text-[13px] ring-1 ring-zinc-200" open={!editing}>
        <summary className="cursor-pointer font-medium text-zinc-700">Values a path can use</summary>
        <ul className="mt-2 space-y-1 text-zinc-700">
          {PATH_VARIABLES.map((p) => (
            <li key={p.name}>
              <code className="rounded bg-white px-1 ring-1 ring-zinc-200">{`{{${p.name}}}`}</code> — {p.help}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-zinc-500">Each value is URL-encoded. When a ticket lacks one (no order number in it), the lookup is skipped and the trace says why.</p>
      </details>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id={`${id}-header`} label="Auth header name" error={err("authHeaderName")} hint="Sent with every request, e.g. Authorization or X-Api-Key.">
          <input id={`${id}-header`} value={v.authHeaderName} spellCheck={false} onChange={(e) => set("authHeaderName", e.target.value)} className={inputClass(err("authHeaderName"))} {...describedBy(`${id}-header`, err("authHeaderName"), true)} />
        </Field>
        <Field id={`${id}-secret`} label="Auth header value" error={err("secret")} hint={secretHint}>
          <input id={`${id}-secret`} type="password" autoComplete="new-password" spellCheck={false} value={v.secret} disabled={v.clearSecret} placeholder={secretSet ? "saved — leave empty to keep" : ""} onChange={(e) => set("secret", e.target.value)} className={inputClass(err("secret"))} {...describedBy(`${id}-secret`, err("secret"), true)} />
          {secretSet && (
            <label className="mt-1 flex items-center gap-1.5 text-xs text-zinc-600">
              <input type="checkbox" checked={v.clearSecret} onChange={(e) => set("clearSecret", e.target.checked)} /> Remove the saved value (the API needs none)
            </label>
          )}
        </Field>
      </div>
      <IntentsPicker labels={intentLabels.labels} source={intentLabels.source} value={v.intents} onChange={(intents) => set("intents", intents)} />
      <FieldsEditor id={id} rows={v.fields} onChange={(fields) => set("fields", fields)} serverError={serverError} />
      <Field
        id={`${id}-answer`}
        label="Answer template (optional)"
        error={err("answerTemplate")}
        hint={`The local AI’s reply when the lookup finds the record. Use ${fieldNames.length ? fieldNames.map((n) => `{{fields.${n}}}`).join(", ") : "{{fields.NAME}}"}, {{customer.name}}, {{ticket.externalId}}. If a value is empty, the reply is drafted without it.`}
      >
        <textarea id={`${id}-answer`} rows={3} value={v.answerTemplate ?? ""} placeholder="Hi {{customer.name}}, your order is {{fields.status}}." onChange={(e) => set("answerTemplate", e.target.value)} className={inputClass(err("answerTemplate"), "h-auto py-1.5")} {...describedBy(`${id}-answer`, err("answerTemplate"), true)} />
      </Field>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id={`${id}-timeout`} label="Timeout (milliseconds)" error={err("timeoutMs")} hint="How long a lookup waits for an answer before it counts as failed.">
          <input id={`${id}-timeout`} type="number" min={200} max={30000} step={100} value={timeout} onChange={(e) => setTimeoutText(e.target.value)} className={inputClass(err("timeoutMs"))} {...describedBy(`${id}-timeout`, err("timeoutMs"), true)} />
        </Field>
      </div>
      <SettingFormFooter
        enabled={v.enabled}
        onEnabled={(on) => set("enabled", on)}
        enabledHelp="Flows and AI replies may call it. Turned off, their lookups fail with a clear reason; “Test lookup” still works."
        busy={busy}
        submitLabel={submitLabel}
        onCancel={onCancel}
        serverError={serverError}
        placed={placed}
      />
    </form>
  );
}
