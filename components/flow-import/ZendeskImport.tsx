"use client";

import { useId, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { FileUp } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { useFileDrop } from "@/components/ui/useFileDrop";
import { useHydrated } from "@/components/ui/useHydrated";
import { ConversionCard } from "./ConversionCard";
import { FIELD } from "./field-style";
import { GroupMapping } from "./GroupMapping";
import { ImportEmptyState, ImportProblems } from "./ImportMessages";
import {
  EXAMPLE_TRIGGER,
  findGroupIds,
  flowNameFor,
  groupNamesFromRows,
  issueRows,
  mergeDetectedGroups,
  type GroupRow,
  type IssueRow,
} from "./lib/zendesk-import";


function errorRows(error: unknown): IssueRow[] {
  const e = error as { message?: string; data?: { zodError?: IssueRow[] | null } | null };
  return issueRows(e.message ?? String(error), e.data?.zodError);
}

/** Paste or upload Zendesk trigger / automation JSON, map groups to queues, convert, create flows. */
export function ZendeskImport({ queues }: { queues: readonly string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const convert = useMutation(trpc.flowImport.zendeskTrigger.mutationOptions());
  const createFlow = useMutation(trpc.flows.create.mutationOptions());
  const saveDraft = useMutation(trpc.flows.saveDraft.mutationOptions());

  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [rows, setRows] = useState<GroupRow[]>([]);
  const [convertedWith, setConvertedWith] = useState<string | null>(null);
  const [creating, setCreating] = useState<number | null>(null);
  const [createError, setCreateError] = useState<{ index: number; message: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();
  const ids = { text: useId(), file: useId(), results: useId() };

  const detected = useMemo(() => findGroupIds(text), [text]);
  const shownRows = mergeDetectedGroups(rows, detected);
  const groupNames = groupNamesFromRows(shownRows);
  const inputKey = JSON.stringify([text, groupNames ?? {}]);
  const stale = convert.data !== undefined && convertedWith !== null && convertedWith !== inputKey;

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

  const { dragging, dropProps } = useFileDrop((file) => void loadFile(file));

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
        data-hydrated={hydrated}
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
            {...dropProps}
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

        <GroupMapping rows={shownRows} detected={detected} queues={queues} onChange={setRows} />

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

      {problems.length > 0 && <ImportProblems problems={problems} />}

      {!conversions && problems.length === 0 && !text.trim() && <ImportEmptyState onPasteExample={() => setText(EXAMPLE_TRIGGER)} />}

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
