import "server-only";
import type { PrismaClient } from "@prisma/client";
import { KeywordProvider } from "../../ai/keyword-provider";
import { NO_TRAINED_MODEL, type IntentClassifier } from "../../ai/local/local-provider";
import { classifyWith, type LoadedIntentModel } from "./active-model";

type ModelLoader = () => Promise<LoadedIntentModel | null>;

/**
 * The local provider's intent classifier: the workspace's active trained model, picked up within seconds of a
 * new version being made active; the keyword baseline (named as such in every result) while none is trained.
 */
export function trainedIntentClassifier(load: ModelLoader): IntentClassifier {
  const keyword = new KeywordProvider({ list: async () => [] });
  let current: string = NO_TRAINED_MODEL;
  return {
    get version() {
      return current;
    },
    async classify(text) {
      const loaded = await load();
      if (loaded === null) {
        current = NO_TRAINED_MODEL;
        return { ...(await keyword.classifyIntent(text)), model: NO_TRAINED_MODEL };
      }
      current = loaded.name;
      return classifyWith(loaded, text);
    },
  };
}

/** The intents a generative provider may answer with: the active model's categories, else the history's. */
export async function knownIntentLabels(prisma: PrismaClient, load: ModelLoader): Promise<string[]> {
  const loaded = await load();
  if (loaded !== null) return loaded.model.classes.filter((c) => c !== loaded.model.abstainLabel);
  return historyCategories(prisma);
}

/** The distinct categories of the history, sorted. */
export async function historyCategories(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.ticket.findMany({ where: { category: { not: null } }, distinct: ["category"], select: { category: true } });
  return rows.map((r) => r.category!).sort();
}
