import "server-only";
import type { PrismaClient } from "@prisma/client";
import { classifyByNearestCentroid, type CategoryClassifier } from "./category-classifier";
import { clusterIntoCategories } from "./cluster-categories";
import type { TicketText } from "./load-ticket-texts";

/** Categories the audit itself filled in; they are recomputed on every run, so they follow the labels. */
export const AUDIT_CATEGORY_SOURCES = ["classifier", "cluster"] as const;
export type TAuditCategorySource = (typeof AUDIT_CATEGORY_SOURCES)[number];

export interface CategorisationResult {
  /** Tickets whose category came with the import. */
  labelled: number;
  categorisedByAudit: number;
  method: TAuditCategorySource | null;
}

const UPDATE_BATCH = 5000;

export function isImportLabelled(t: Pick<TicketText, "category" | "categorySource">): boolean {
  return t.category !== null && !(AUDIT_CATEGORY_SOURCES as readonly (string | null)[]).includes(t.categorySource);
}

const textOf = (t: TicketText) => `${t.subject}\n${t.body}`;

/**
 * Gives every ticket in `tickets` a category: those without one from the import get the classifier's guess when
 * part of the history is labelled, or an invented cluster name when none is. Writes the result (category and
 * categorySource) and updates `tickets` in place so the rest of the audit sees it.
 */
export async function categoriseTickets(
  prisma: PrismaClient,
  tickets: TicketText[],
  classify: CategoryClassifier = classifyByNearestCentroid,
): Promise<CategorisationResult> {
  const labelled = tickets.filter(isImportLabelled);
  const open = tickets.filter((t) => !isImportLabelled(t));
  if (open.length === 0) return { labelled: labelled.length, categorisedByAudit: 0, method: null };

  const method: TAuditCategorySource = labelled.length > 0 ? "classifier" : "cluster";
  const categories =
    method === "classifier"
      ? classify(labelled.map((t) => ({ text: textOf(t), category: t.category! })), open.map(textOf))
      : clusterIntoCategories(open.map(textOf));

  const changed = open.flatMap((t, i) => {
    const category = categories[i]!;
    if (t.category === category && t.categorySource === method) return [];
    t.category = category;
    t.categorySource = method;
    return [t];
  });
  for (let i = 0; i < changed.length; i += UPDATE_BATCH) {
    const batch = changed.slice(i, i + UPDATE_BATCH);
    await prisma.$executeRaw`
      UPDATE "Ticket" SET category = v.category, "categorySource" = ${method}
      FROM unnest(${batch.map((t) => t.id)}::text[], ${batch.map((t) => t.category!)}::text[]) AS v(id, category)
      WHERE "Ticket".id = v.id`;
  }
  return { labelled: labelled.length, categorisedByAudit: open.length, method };
}
