"use client";

import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { EditorGraph } from "./lib/types";
import { unmappedQueueWarnings } from "./lib/unmapped-queue-warnings";
import type { EditorWarning } from "./ProblemsPanel";

/** The helpdesk connections' queue mappings, read once a minute at most, checked against the nodes as they change. */
export function useUnmappedQueueWarnings(graph: EditorGraph): EditorWarning[] {
  const trpc = useTRPC();
  const maps = useQuery({ ...trpc.connections.queueMaps.queryOptions(), staleTime: 60_000 });
  return useMemo(() => unmappedQueueWarnings(graph, maps.data ?? []), [graph, maps.data]);
}
