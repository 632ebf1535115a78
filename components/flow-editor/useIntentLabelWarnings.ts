"use client";

import { useMemo } from "react";
import { unknownIntentLabels } from "@/workflows/lint/unknown-intent-labels";
import { useIntentLabels } from "./intent-labels";
import type { EditorGraph } from "./lib/types";
import type { EditorWarning } from "./ProblemsPanel";

/** A warning per node and intent label that tickets never get, recomputed when the nodes change. */
export function useIntentLabelWarnings(graph: EditorGraph): EditorWarning[] {
  const intents = useIntentLabels();
  return useMemo(() => {
    // No labels known (OpenAI with no model and no categorised history): nothing to check against.
    if (intents === null || intents.labels.length === 0) return [];
    const known = new Set(intents.labels);
    const names = new Map(graph.nodes.map((n) => [n.id, typeof n.data.label === "string" && n.data.label.trim() !== "" ? n.data.label : n.id]));
    return unknownIntentLabels(graph, known).map(({ nodeId, label }) => ({
      nodeId,
      message: `"${names.get(nodeId)}" names the intent ${JSON.stringify(label)}, which ${intents.source} never answers with.`,
    }));
  }, [graph, intents]);
}
