"use client";

import { createContext, useContext, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { TIntentLabels } from "@/server/services/intent-models/intent-labels";

const IntentLabelsContext = createContext<TIntentLabels | null>(null);

/** The intent labels tickets can get (the active model's), fetched once for the editor: rule values are suggested from them and checked against them. */
export function IntentLabelsProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const labels = useQuery({ ...trpc.aiModels.intentLabels.queryOptions(), staleTime: 60_000 });
  return <IntentLabelsContext.Provider value={labels.data ?? null}>{children}</IntentLabelsContext.Provider>;
}

/** Null until loaded (or outside the editor): nothing is suggested or warned about then. */
export function useIntentLabels(): TIntentLabels | null {
  return useContext(IntentLabelsContext);
}
