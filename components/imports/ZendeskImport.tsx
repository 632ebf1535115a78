"use client";

import { useId, useMemo, useRef, useState, type DragEvent } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { FileUp, Plus, Trash2 } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { ConversionCard } from "./ConversionCard";
import {
  EXAMPLE_TRIGGER,
  findGroupIds,
  flowNameFor,
  groupNamesFromRows,
  issueRows,
  mergeDetectedGroups,
  pathLabel,
  type GroupRow,
  type IssueRow,
} from "./lib/zendesk-import";

const FIELD = "rounded-md border border-zinc-300 bg-white px-2 text-xs text-zinc-900 focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500";

function errorRows(error: unknown): IssueRow[] {
  const e = error as { message?: string; data?: { zodError?: IssueRow[] | null } | null };
  return issueRows(e.message ?? String(error), e.data?.zodError);
}

/** Paste or upload Zendesk trigger / automation JSON, map groups to queues, convert, create flows. */
export function ZendeskImport({ queues }: { queues: readonly string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const convert = useMutation(trpc.imports.zendeskTrigger.mutationOptions());
  const createFlow = useMutation(trpc.flows.create.mutationOptions());
  const saveDraft = useMutation(trpc.flows.saveDraft.mutationOptions());

  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [rows, setRows] = useState<GroupRow[]>([]);
  const [convertedWith, setConvertedWith] = useState<string | null>(null);
  const [creating, setCreating] = useState<number | null>(null);
  const [createError, setCreateError] = useState<{ index: number; message: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), file: useId(), groups: useId(), results: useId() };

  const detected = useMemo(() => findGroupIds(text), [text]);
  const shownRows = mergeDetectedGroups(rows, detected);
  const groupNames = groupNamesFromRows(shownRows);
  const inputKey = JSON.stringify([text, groupNames ?? {}]);
  const stale = convert.data !== undefined && convertedWith !== null && convertedWith !== inputKey;

  const setRow = (i: number, patch: Partial<GroupRow>) => {
    const next = shownRows.map((r, j) => (j === i ? { ...r, ...patch } : r));
    setRows(next);
  };
  const removeRow = (i: number) => setRows(shownRows.filter((_, j) => j !== i));

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    if (file.size > 2_000_000) {
      setFileError(`${file.name} is ${Math.round(file.size / 1000)} kB; Zendesk rule exports are far smaller. Pick the trigger or automation JSON.`);
      return;
    }
    try {
      setText(await file.text());
      setFileName(file.name);
    } catch (e) {
      setFileError(`Could not read ${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void loadFile(e.dataTransfer.files[0]);
  };

  const submit = () => {
    if (!text.trim() || convert.isPending) return;
    setCreateError(null);
    const key = inputKey;
    convert.mutate({ json: text, groupNames }, { onSuccess: () => setConvertedWith(key) });
  };

  const create = async (index: number) => {
    const conversion = convert.data?.conversions[index];
    if (!conversion || creating !== null) return;
    setCreating(index);
    setCreateError(null);
    try {
      const flow = await createFlow.mutateAsync({ name: flowNameFor(conversion.title), description: `Imported from a Zendesk ${conversion.source}.` });
      await saveDraft.mutateAsync({ flowId: flow.id, graph: conversion.graph });
      router.push(`/flows/${flow.id}/edit`);
    } catch (e) {
      setCreateError({ index, message: e instanceof Error ? e.message : String(e) });
      setCreating(null);
    }
  };

  const problems = convert.error ? errorRows(convert.error) : [];
  const conversions = convert.data?.conversions;

  return (
    <div className="space-y-6">
      <form
        className="grid gap-5 rounded-lg border border-zinc-200 bg-white p-4 shadow-xs lg:grid-cols-[minmax(0,1fr)_20rem]"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="min-w-0 space-y-2">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <label htmlFor={ids.text} className="text-[13px] font-semibold text-zinc-900">
              Zendesk trigger or automation JSON
            </label>
            <div className="flex items-center gap-2">
              {fileName && <span className="text-xs text-zinc-500">Loaded {fileName}</span>}
              <input
                ref={fileInput}
                id={ids.file}
                type="file"
                accept=".json,application/json"
                className="sr-only"
                tabIndex={-1}
                aria-hidden
                onChange={(e) => {
                  void loadFile(e.target.files?.[0]);
                  e.target.value = "";
                }}
              />
              <Button size="sm" onClick={() => fileInput.current?.click()}>
                <FileUp className="size-3.5" aria-hidden />
                Upload .json file
              </Button>
            </div>
          </div>
          <div
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={cx("relative rounded-md", dragging && "ring-2 ring-indigo-500 ring-offset-2")}
          >
            <textarea
              id={ids.text}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setFileName(null);
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
                  e.preventDefault();
                  submit();
                }
              }}
              rows={14}
              spellCheck={false}
              aria-describedby={`${ids.text}-hint`}
              aria-invalid={problems.length > 0 || undefined}
              placeholder={'{ "trigger": { "title": "…", "conditions": { "all": […], "any": […] }, "actions": […] } }'}
              className={cx(FIELD, "block min-h-64 w-full resize-y py-2 font-mono leading-relaxed", problems.length > 0 && "border-red-400")}
            />
            {dragging && (
              <div className="pointer-events-none absolute inset-0 grid place-items-center rounded-md bg-indigo-50/90 text-[13px] font-medium text-indigo-700">Drop the .json file to load it</div>
            )}
          </div>
          <p id={`${ids.text}-hint`} className="text-xs text-zinc-500">
            Paste what the Zendesk API or admin export gives you: <code>{"{ \"trigger\": … }"}</code>, <code>{"{ \"automation\": … }"}</code>, a{" "}
            <code>{"{ \"triggers\": [...] }"}</code> list, or a bare rule. You can also drop a <code>.json</code> file on the box. Ctrl+Enter converts.
          </p>
          {fileError && (
            <p role="alert" className="text-xs text-red-600">
              {fileError}
            </p>
          )}
        </div>

        <fieldset className="min-w-0 space-y-2" aria-describedby={`${ids.groups}-hint`}>
          <legend className="text-[13px] font-semibold text-zinc-900">Zendesk groups → queues</legend>
          <p id={`${ids.groups}-hint`} className="text-xs text-zinc-500">
            Optional. <code>group_id</code> conditions and actions become queue checks and routes; groups without a queue are listed as not converted.
          </p>
          {shownRows.length === 0 ? (
            <p className="rounded-md border border-dashed border-zinc-300 px-3 py-2 text-xs text-zinc-500">No Zendesk groups in the JSON.</p>
          ) : (
            <ul className="space-y-1.5">
              {shownRows.map((row, i) => (
                <li key={i} className="flex items-center gap-1.5">
                  <input
                    aria-label={`Zendesk group id, row ${i + 1}`}
                    value={row.groupId}
                    onChange={(e) => setRow(i, { groupId: e.target.value })}
                    readOnly={detected.includes(row.groupId.trim())}
                    title={detected.includes(row.groupId.trim()) ? "Found in the pasted JSON" : undefined}
                    placeholder="Group id"
                    inputMode="numeric"
                    className={cx(FIELD, "h-7 w-32 shrink-0 font-mono")}
                  />
                  <span aria-hidden className="text-zinc-400">
                    →
                  </span>
                  <select
                    aria-label={`Queue for Zendesk group ${row.groupId || `row ${i + 1}`}`}
                    value={row.queue}
                    onChange={(e) => setRow(i, { queue: e.target.value })}
                    className={cx(FIELD, "h-7 min-w-0 flex-1")}
                  >
                    <option value="">Not mapped</option>
                    {queues.map((q) => (
                      <option key={q} value={q}>
                        {q}
                      </option>
                    ))}
                  </select>
                  {detected.includes(row.groupId.trim()) ? (
                    <span className="w-[26px] shrink-0" aria-hidden />
                  ) : (
                    <Button size="sm" variant="ghost" onClick={() => removeRow(i)} aria-label={`Remove mapping for group ${row.groupId || `row ${i + 1}`}`} className="px-1.5">
                      <Trash2 className="size-3.5" aria-hidden />
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <Button size="sm" variant="ghost" onClick={() => setRows([...shownRows, { groupId: "", queue: "" }])}>
            <Plus className="size-3.5" aria-hidden />
            Add a group
          </Button>
          {queues.length === 0 && <p className="text-xs text-amber-700">This workspace has no queues yet, so nothing can be mapped.</p>}
        </fieldset>

        <div className="flex flex-wrap items-center gap-3 lg:col-span-2">
          <Button type="submit" variant="primary" disabled={!text.trim() || convert.isPending}>
            {convert.isPending ? "Converting…" : "Convert"}
          </Button>
          {text && (
            <Button
              variant="ghost"
              onClick={() => {
                setText("");
                setFileName(null);
                setRows([]);
                convert.reset();
                setConvertedWith(null);
              }}
            >
              Clear
            </Button>
          )}
          {stale && (
            <p role="status" className="text-xs text-amber-700">
              The JSON or the group mapping changed since this conversion; convert again to see the new result.
            </p>
          )}
        </div>
      </form>

      {problems.length > 0 && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50/60 p-4">
          <h2 className="text-sm font-semibold text-red-900">
            {problems.some((p) => p.message.startsWith("Not valid JSON")) ? "This text is not valid JSON" : "This is not a Zendesk trigger or automation we can read"}
          </h2>
          <ul className="mt-2 space-y-1 text-[13px] text-red-800">
            {problems.map((p, i) => (
              <li key={i} className="flex flex-wrap gap-x-2">
                <code className="font-mono text-xs font-semibold text-red-900">{pathLabel(p.path)}</code>
                <span>{p.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {!conversions && problems.length === 0 && !text.trim() && (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-5">
          <h2 className="text-sm font-semibold text-zinc-900">Nothing pasted yet</h2>
          <p className="mt-1 max-w-2xl text-[13px] text-zinc-600">
            Copy a trigger from Zendesk (Admin Center → Objects and rules → Triggers, or <code>GET /api/v2/triggers/&lt;id&gt;.json</code>) and paste it above. Or start from this
            small example: its group <code>20001</code> can be mapped to a queue, and its <code>assignee_id</code> action has no equivalent, so it will be listed.
          </p>
          <pre className="mt-3 max-h-72 overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-[11px] leading-relaxed text-zinc-700 ring-1 ring-inset ring-zinc-200">{EXAMPLE_TRIGGER}</pre>
          <Button size="sm" className="mt-3" onClick={() => setText(EXAMPLE_TRIGGER)}>
            Paste this example
          </Button>
        </div>
      )}

      {conversions && (
        <section aria-labelledby={ids.results} className={cx("space-y-4", stale && "opacity-60")}>
          <h2 id={ids.results} className="text-sm font-semibold text-zinc-900">
            {conversions.length === 1 ? "1 rule converted" : `${conversions.length} rules converted`}
          </h2>
          {conversions.map((c, i) => (
            <ConversionCard
              key={`${i}-${c.title}`}
              conversion={c}
              index={i}
              knownQueues={queues}
              creating={creating === i}
              disabled={creating !== null || stale}
              error={createError?.index === i ? createError.message : undefined}
              onCreate={() => void create(i)}
            />
          ))}
        </section>
      )}
    </div>
  );
}
