import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEMO_WORKSPACE_QUEUES } from "../../workflows/examples";

const SEED_FILE = fileURLToPath(new URL("../../prisma/seed/queues.json", import.meta.url));

const ZSeedQueues = z.union([
  z.array(z.object({ name: z.string().min(1) })),
  z.object({ queues: z.array(z.object({ name: z.string().min(1) })) }).transform((f) => f.queues),
]);

/**
 * The queues a compiled flow may route to: `--queues` when given, else the demo workspace's seed
 * file, else the built-in demo list. A seed file that exists but cannot be read is an error rather
 * than a silent fallback, because it would validate flows against the wrong queues.
 */
export function knownQueues(option: string | undefined): { queues: string[]; source: string } {
  if (option !== undefined) {
    return { queues: option.split(",").map((q) => q.trim()).filter((q) => q.length > 0), source: "--queues" };
  }
  if (!existsSync(SEED_FILE)) return { queues: [...DEMO_WORKSPACE_QUEUES], source: "built-in demo queues" };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(SEED_FILE, "utf8"));
  } catch (e) {
    throw new Error(`Cannot read the queue list ${SEED_FILE}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = ZSeedQueues.safeParse(json);
  if (!parsed.success) throw new Error(`${SEED_FILE} is not a list of queues ({ name, description, skills }): ${parsed.error.issues[0]?.message}`);
  return { queues: parsed.data.map((q) => q.name), source: SEED_FILE };
}
