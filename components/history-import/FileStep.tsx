"use client";

import { useId, useRef, useState } from "react";
import { FileUp } from "lucide-react";
import { IMPORT_FORMATS, type TImportFormat } from "@/lib/history-import/import-record";
import { Button } from "@/components/ui/Button";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { cx } from "@/components/ui/cx";
import { useFileDrop } from "@/components/ui/useFileDrop";
import { useHydrated } from "@/components/ui/useHydrated";
import { formatBytes } from "@/components/ui/format";
import { FORMAT_LABELS, guessFormat } from "./csv-fields";
import { uploadFile, type UploadedJob } from "./upload-file";

/** Step 1: choose (or drop) an export, confirm its format, upload it with a progress bar. */
export function FileStep({ onUploaded }: { onUploaded: (job: UploadedJob) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<TImportFormat>("csv");
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const formatId = useId();
  const hydrated = useHydrated();

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setFormat(guessFormat(chosen.name));
    setError(null);
  };
  const { dragging, dropProps } = useFileDrop(choose);
  const upload = async () => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      onUploaded(await uploadFile(file, format, setProgress));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setProgress(null);
    }
  };
  const uploading = progress !== null;

  return (
    <div className="space-y-4" data-hydrated={hydrated ? "true" : undefined}>
      <div
        {...dropProps}
        className={cx("flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-6 py-8 text-center", dragging ? "border-indigo-400 bg-indigo-50" : "border-zinc-300 bg-white")}
      >
        <FileUp className="size-6 text-zinc-400" aria-hidden />
        <p className="text-sm text-zinc-700">{file ? <strong>{file.name}</strong> : "Drop an export here, or"}</p>
        {file && <p className="text-xs text-zinc-500">{formatBytes(file.size)}</p>}
        <Button onClick={() => input.current?.click()} disabled={uploading}>
          {file ? "Choose another file" : "Choose a file"}
        </Button>
        <input ref={input} type="file" className="sr-only" aria-label="Ticket export file" accept=".csv,.json,.ndjson,.jsonl" onChange={(e) => choose(e.target.files?.[0])} />
      </div>

      <div className="flex flex-wrap items-end gap-3">
        <label htmlFor={formatId} className="flex flex-col gap-1 text-xs font-medium text-zinc-700">
          Format
          <select id={formatId} value={format} onChange={(e) => setFormat(e.target.value as TImportFormat)} disabled={uploading} className="h-8 rounded-md border border-zinc-300 bg-white px-2 text-[13px]">
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <Button variant="primary" onClick={upload} disabled={!file || uploading}>
          {uploading ? "Uploading…" : "Upload"}
        </Button>
      </div>

      {uploading && <ProgressBar label="Uploading" value={progress} detail={file ? `${formatBytes((progress ?? 0) * file.size)} of ${formatBytes(file.size)}` : undefined} />}
      {error && (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
