import "server-only";
/**
 * Prisma errors lead with the invocation ("Invalid `prisma.flow.findMany()` invocation:") and end with
 * the reason ("Can't reach database server at …"). Pages and the health check show the reason first.
 */
export function summarizeError(error: unknown): { message: string; detail: string } {
  const raw = (error instanceof Error ? error.message : String(error)).trim();
  const lines = raw.split("\n").map((l) => l.trim()).filter(Boolean);
  return { message: lines.at(-1) ?? "Unknown error", detail: lines.length > 1 ? lines.join("\n") : "" };
}
