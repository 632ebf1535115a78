"use client";

import { useEffect } from "react";
import { Button } from "./Button";
import { ErrorState } from "./ErrorState";

/**
 * The error boundary's face. In production, errors thrown while rendering on the server reach the
 * browser as a generic message plus a digest; the digest matches the line in the server log.
 */
export function RouteError({ what, error, retry }: { what: string; error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <ErrorState
      title={`Something went wrong while showing ${what}`}
      message={
        <>
          <p>{message}</p>
          {digest && (
            <p className="mt-1 text-red-700/80">
              Search the server log for <code>{digest}</code> to see the full error.
            </p>
          )}
        </>
      }
      action={
        <Button size="sm" onClick={() => retry()}>
          Try again
        </Button>
      }
    />
  );
}
