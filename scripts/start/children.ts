import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import { stopProcessGroup } from "../../temporal/launcher/process-group";

export interface ManagedChild {
  name: string;
  child: ChildProcess;
  /** Resolves with a description of how it ended ("exited with code 1", "killed by SIGKILL"). */
  exited: Promise<string>;
  /** Stops the child and everything it forked; after this, its exit is not "unexpected". */
  stop(): Promise<void>;
}

/**
 * Runs a child in its own process group (so stopping it also stops its children, and a terminal Ctrl-C
 * reaches only us, who stop things in order) with each output line prefixed `[name]`.
 * `onUnexpectedExit` fires when it ends without stop() having been called.
 */
export function spawnPrefixed(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onUnexpectedExit?: (reason: string) => void },
): ManagedChild {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stopRequested = false;
  prefixLines(child.stdout!, `[${name}] `, process.stdout);
  prefixLines(child.stderr!, `[${name}] `, process.stderr);

  const exited = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(`could not be started: ${error.message}`));
    child.once("exit", (code, signal) => resolve(signal ? `killed by ${signal}` : `exited with code ${code}`));
  });
  void exited.then((how) => {
    if (!stopRequested) options.onUnexpectedExit?.(`${name} ${how}`);
  });

  return {
    name,
    child,
    exited,
    stop: async () => {
      stopRequested = true;
      if (child.pid !== undefined) await stopProcessGroup(child, 15_000);
    },
  };
}

function prefixLines(input: NodeJS.ReadableStream, prefix: string, output: NodeJS.WritableStream): void {
  readline.createInterface({ input, crlfDelay: Infinity }).on("line", (line) => {
    output.write(prefix + line + "\n");
  });
}
