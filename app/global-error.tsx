"use client";

// Replaces the root layout when it fails, so it brings its own document and cannot rely on globals.css.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: 32, color: "#18181b" }}>
        <h1 style={{ fontSize: 18 }}>Flow Studio could not start this page</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        {digest && <p>Search the server log for {digest}.</p>}
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </body>
    </html>
  );
}
