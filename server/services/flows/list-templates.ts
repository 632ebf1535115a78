import "server-only";
import { adaptTemplate } from "../../../workflows/adapt/adapt-template";
import { EXAMPLES } from "../../../workflows/examples";
import { unknownIntentLabels } from "../../../workflows/lint/unknown-intent-labels";
import type { PrismaClient } from "@prisma/client";
import { workspaceVocabulary, type TVocabularyOptions } from "./template-vocabulary";

export interface TTemplateChoice {
  slug: string;
  name: string;
  description: string;
  nodeCount: number;
  edgeCount: number;
  /** Whose labels the template was adapted to ("intent model v3"), or null when it is used as written. */
  adaptedTo: string | null;
  /** What adapting it changed, e.g. which intents it routes to which team. */
  notes: string[];
}

/** The examples a new flow can start from, as flows.create will make them in this workspace now. */
export async function listTemplates(prisma: PrismaClient, opts: Omit<TVocabularyOptions, "needsHistory"> = {}): Promise<TTemplateChoice[]> {
  const vocab = await workspaceVocabulary(prisma, { ...opts, needsHistory: (labels) => EXAMPLES.some((e) => unknownIntentLabels(e.graph, labels).length > 0) });
  return EXAMPLES.map((e) => {
    const adapted = adaptTemplate(e.graph, vocab);
    return {
      slug: e.slug,
      name: e.name,
      description: e.description,
      nodeCount: adapted.graph.nodes.length,
      edgeCount: adapted.graph.edges.length,
      adaptedTo: adapted.changed ? vocab.source : null,
      notes: adapted.notes,
    };
  });
}
