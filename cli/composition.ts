import type { StudioPorts } from "../server/ports";
import { createAiProvider } from "../server/services/ai/create-ai-provider";
import { withDatabase } from "./lib/with-database";

/** What the CLI's commands hand their services. */
export type CliPorts = Pick<StudioPorts, "prisma" | "ai">;

/**
 * The CLI's composition root: a command that works on the workspace gets its database (withDatabase) and the
 * ports built on it, once for the command's run. The provider is built before the command starts, so a wrong
 * AI_PROVIDER stops it before any work.
 */
export function withStudio<T>(work: (ports: CliPorts) => Promise<T>): Promise<T> {
  return withDatabase((prisma) => work({ prisma, ai: createAiProvider(prisma) }));
}
