import "server-only";
import { trainCentroidClassifier } from "./text/centroid-classifier";
import { tokenize } from "./text/tokenize";

/**
 * Fills in missing categories from the labelled part of the history. The one place the audit decides how, so another
 * classifier can stand behind this same signature.
 */
export type CategoryClassifier = (labelled: ReadonlyArray<{ text: string; category: string }>, texts: readonly string[]) => string[];

export const classifyByNearestCentroid: CategoryClassifier = (labelled, texts) => {
  const classifier = trainCentroidClassifier(labelled.map((l) => ({ words: tokenize(l.text), label: l.category })));
  return texts.map((text) => classifier.classify(tokenize(text)).label);
};
