"use client";

import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { CSV_TARGET_FIELDS, REQUIRED_CSV_FIELDS, type TCsvMapping, type TCsvTargetField } from "@/lib/history-import/csv-mapping";
import { useTRPC } from "@/components/providers/trpc-provider";
import { Button } from "@/components/ui/Button";
import { Skeleton } from "@/components/ui/Skeleton";
import { CSV_FIELD_LABELS } from "./csv-fields";
import { MappingPreview } from "./MappingPreview";
import { errorText } from "@/components/ui/error-text";

type Columns = Partial<Record<TCsvTargetField, string>>;

/**
 * Step 2 for CSV: map the file's columns to ticket fields. Starts from a saved mapping that fits this file's
 * columns, else from the suggestion; shows the first rows as they will be imported; can save the mapping.
 */
export function CsvMappingStep({ jobId, starting, onStart }: { jobId: string; starting: boolean; onStart: (mapping: TCsvMapping, saveAs: string | undefined) => void }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.historyImport.csvPreview.queryOptions({ jobId }, { staleTime: Infinity }));
  const [columns, setColumns] = useState<Columns | null>(null);
  const [saveAs, setSaveAs] = useState("");

  const initial = useMemo<Columns | null>(() => {
    if (!preview.data) return null;
    return preview.data.saved.find((s) => s.fits)?.mapping.columns ?? preview.data.suggested;
  }, [preview.data]);
  const current = columns ?? initial ?? {};
  const missing = REQUIRED_CSV_FIELDS.filter((f) => !current[f]);

  if (preview.isPending) return <Skeleton className="h-64" />;
  if (preview.isError) return <p role="alert" className="text-sm text-rose-700">{errorText(preview.error)}</p>;
  const { header, rows, saved } = preview.data;

  return (
    <div className="space-y-4">
      {saved.length > 0 && (
        <label className="flex items-center gap-2 text-xs font-medium text-zinc-700">
          Saved mapping
          <select aria-label="Saved mapping" className="h-8 rounded-md border border-zinc-300 bg-white px-2 text-[13px]" defaultValue="" onChange={(e) => {
            const chosen = saved.find((s) => s.name === e.target.value);
            if (chosen) setColumns(chosen.mapping.columns);
          }}>
            <option value="">{saved.some((s) => s.fits) ? `Using "${saved.find((s) => s.fits)!.name}"` : "Choose…"}</option>
            {saved.map((s) => (
              <option key={s.name} value={s.name} disabled={!s.fits}>
                {s.name}{s.fits ? "" : " (columns missing in this file)"}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2" role="group" aria-label="Column mapping">
        {CSV_TARGET_FIELDS.map((field) => (
          <label key={field} className="flex items-center justify-between gap-3 text-[13px]">
            <span className="text-zinc-700" title={CSV_FIELD_LABELS[field].hint}>
              {CSV_FIELD_LABELS[field].label}
              {REQUIRED_CSV_FIELDS.includes(field) && <span className="text-rose-600"> *</span>}
            </span>
            <select
              aria-label={`Column for ${CSV_FIELD_LABELS[field].label}`}
              value={current[field] ?? ""}
              onChange={(e) => setColumns({ ...current, [field]: e.target.value || undefined })}
              className="h-8 w-52 rounded-md border border-zinc-300 bg-white px-2 text-[13px]"
            >
              <option value="">— not imported —</option>
              {header.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <MappingPreview header={header} rows={rows} columns={current} />
      <div className="flex flex-wrap items-center gap-3">
        <input
          aria-label="Save this mapping as"
          placeholder="Save this mapping as… (optional)"
          value={saveAs}
          onChange={(e) => setSaveAs(e.target.value)}
          className="h-8 w-64 rounded-md border border-zinc-300 px-2 text-[13px]"
        />
        <Button variant="primary" disabled={missing.length > 0 || starting} onClick={() => onStart({ columns: current, delimiter: ",", tagSeparator: "," }, saveAs.trim() || undefined)}>
          {starting ? "Starting…" : "Start import"}
        </Button>
        {missing.length > 0 && <span className="text-xs text-rose-700">Map a column to {missing.map((f) => CSV_FIELD_LABELS[f].label).join(", ")}</span>}
      </div>
    </div>
  );
}
