"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { TKbImportFormat } from "@/server/services/knowledge/import/kb-import-types";
import { Button } from "@/components/ui/Button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/Table";
import { errorText } from "@/components/ui/error-text";

const FORMATS: { value: TKbImportFormat; label: string; accept: string; multiple: boolean; hint: string }[] = [
  { value: "markdown", label: "Markdown files", accept: ".md,.markdown", multiple: true, hint: "One article per file; the first # heading is the title. Optional front matter: title, category, owner, tags, pages, status, review_due." },
  { value: "csv", label: "CSV", accept: ".csv,text/csv", multiple: false, hint: "Columns title and body (also: name/question, content/answer), and optionally category, owner, tags, pages, status, review_due, id." },
  { value: "json", label: "JSON", accept: ".json,application/json", multiple: false, hint: "An array of { title, body, category?, owner?, tags?, pages?, status?, reviewDue?, id? }." },
  { value: "zendesk-macros", label: "Zendesk macros", accept: ".json,application/json", multiple: false, hint: "The macros API's JSON ({ macros: [...] }); each macro's comment becomes an article." },
  { value: "freshdesk-canned", label: "Freshdesk canned responses", accept: ".json,application/json", multiple: false, hint: "The canned responses API's JSON ([{ id, title, content_html }])." },
];

/** Reads the chosen files in the browser and imports them; re-importing a file updates its articles. */
export function KbImport() {
  const trpc = useTRPC();
  const [format, setFormat] = useState<TKbImportFormat>("markdown");
  const [files, setFiles] = useState<File[]>([]);
  const run = useMutation(trpc.knowledge.import.mutationOptions());
  const spec = FORMATS.find((f) => f.value === format)!;

  async function onImport() {
    const read = await Promise.all(files.map(async (file) => ({ name: file.webkitRelativePath || file.name, text: await file.text() })));
    run.mutate({ format, files: read });
  }

  const result = run.data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <label>
          <span className="block text-xs font-medium text-zinc-700">Format</span>
          <select
            className="h-8 rounded-md border border-zinc-300 px-2 text-[13px]"
            value={format}
            onChange={(e) => {
              setFormat(e.target.value as TKbImportFormat);
              setFiles([]);
              run.reset();
            }}
          >
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="block text-xs font-medium text-zinc-700">{spec.multiple ? "Files" : "File"}</span>
          <input
            key={format}
            type="file"
            accept={spec.accept}
            multiple={spec.multiple}
            className="text-[13px]"
            onChange={(e) => {
              setFiles([...(e.target.files ?? [])]);
              run.reset();
            }}
          />
        </label>
        <Button variant="primary" onClick={() => void onImport()} disabled={files.length === 0 || run.isPending}>
          {run.isPending ? "Importing…" : "Import articles"}
        </Button>
      </div>
      <p className="text-xs text-zinc-600">{spec.hint}</p>
      {run.error && (
        <p role="alert" className="text-[13px] text-red-700">
          {errorText(run.error)}
        </p>
      )}
      {result && (
        <div className="space-y-3">
          <p role="status" className="text-[13px] text-zinc-800">
            {result.records} records: {result.created} created, {result.updated} updated, {result.unchanged} unchanged, {result.rejected} rejected.
          </p>
          {result.rejections.length > 0 && (
            <Table aria-label="Rejected records">
              <THead>
                <tr>
                  <TH>File</TH>
                  <TH>Record</TH>
                  <TH>Why</TH>
                </tr>
              </THead>
              <TBody>
                {result.rejections.map((r, i) => (
                  <TR key={i}>
                    <TD>{r.file}</TD>
                    <TD className="tabular-nums">{r.record === 0 ? "whole file" : `${r.record}${r.line ? ` (line ${r.line})` : ""}`}</TD>
                    <TD>{r.reason}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </div>
      )}
    </div>
  );
}
