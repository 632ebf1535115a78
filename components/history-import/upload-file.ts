import type { TImportFormat } from "@/lib/history-import/import-record";
/** The job as the upload answers it (JSON, so no dates are needed here). */
export interface UploadedJob {
  id: string;
  format: TImportFormat;
  fileName: string;
  fileBytes: number;
}

/**
 * Sends the file as the raw request body, so the server streams it to disk. XMLHttpRequest rather than fetch:
 * only it reports upload progress, and a 100 MB export deserves a progress bar while it travels.
 */
export function uploadFile(file: File, format: TImportFormat, onProgress: (share: number) => void): Promise<UploadedJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ format, name: file.name });
    xhr.open("POST", `/api/history-import?${query}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = safeJson(xhr.responseText) as { job?: UploadedJob; error?: string } | null;
      if (xhr.status === 201 && body?.job) resolve(body.job);
      else reject(new Error(body?.error ?? `The upload failed (HTTP ${xhr.status})`));
    };
    xhr.onerror = () => reject(new Error("The upload failed: the server could not be reached"));
    xhr.send(file);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
