import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, unstable_rethrow } from "next/navigation";
import { connection } from "next/server";
import { summarizeError } from "../lib/error-summary";

export interface LoadFailure {
  code: string;
  /** One line for the page. */
  message: string;
  /** The full server message, for whoever has to fix it. */
  detail: string;
}

export type Loaded<T> = { ok: true; data: T } | { ok: false; error: LoadFailure };

/**
 * Runs a server-side query for a page. Failures come back as values, so the page can say exactly
 * what went wrong (production error boundaries only get an opaque digest); "not found" becomes the
 * 404 page.
 */
export async function load<T>(query: () => Promise<T>): Promise<Loaded<T>> {
  // Outside the try: rendering waits for a request, so `next build` never touches the database.
  await connection();
  try {
    return { ok: true, data: await query() };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    console.error(error);
    return { ok: false, error: describe(error) };
  }
}

function describe(error: unknown): LoadFailure {
  return { code: error instanceof TRPCError ? error.code : "INTERNAL_SERVER_ERROR", ...summarizeError(error) };
}
