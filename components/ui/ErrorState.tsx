import type { ReactNode } from "react";
import { TriangleAlert } from "lucide-react";

/** A failure the user should read: what failed, the server's reason, and what to try. */
export function ErrorState({
  title,
  message,
  detail,
  action,
}: {
  title: string;
  message: ReactNode;
  detail?: string;
  action?: ReactNode;
}) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50/60 p-4">
      <div className="flex items-start gap-3">
        <TriangleAlert className="mt-0.5 size-4 shrink-0 text-red-600" aria-hidden />
        <div className="min-w-0 flex-1">
          <h2 className="text-sm font-semibold text-red-900">{title}</h2>
          <div className="mt-1 text-[13px] text-red-800">{message}</div>
          {detail && (
            <pre className="mt-2 max-h-40 overflow-auto whitespace-pre-wrap rounded bg-white/70 p-2 font-mono text-[11px] text-red-900 ring-1 ring-red-200">
              {detail}
            </pre>
          )}
          {action && <div className="mt-3">{action}</div>}
        </div>
      </div>
    </div>
  );
}

/** What a page shows when its query failed (see server/api/load.ts). */
export function LoadFailed({ what, error }: { what: string; error: { code: string; message: string; detail: string } }) {
  return (
    <ErrorState
      title={`Could not load ${what}`}
      message={
        <>
          <p>{error.message}</p>
          {error.code === "INTERNAL_SERVER_ERROR" ? (
            <p className="mt-1 text-red-700/80">
              Is the database running? <a className="underline" href="/api/health">/api/health</a> reports whether
              the app can reach it.
            </p>
          ) : (
            <p className="mt-1 text-red-700/80">Error code {error.code}.</p>
          )}
        </>
      }
      detail={error.detail || undefined}
    />
  );
}
