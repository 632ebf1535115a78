import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { adaptTemplate } from "../../../workflows/adapt/adapt-template";
import { EXAMPLES, findExample } from "../../../workflows/examples";
import { unknownIntentLabels } from "../../../workflows/lint/unknown-intent-labels";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { UnknownTemplateError } from "./flow-errors";
import { assertNameFree, checkedDescription, checkedName } from "./flow-name";
import { workspaceVocabulary, type TVocabularyOptions } from "./template-vocabulary";

/** A blank flow is just its trigger: the smallest graph the editor can grow from (it compiles, and does nothing). */
export function blankGraph(): TFlowGraph {
  return {
    nodes: [{ id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { label: "New ticket", on: "ticket.created" } }],
    edges: [],
  };
}

/**
 * Creates a flow with an unpublished draft: blank, or a copy of an example (`template` = its slug) adapted to
 * the workspace: rules on intents the classifier never answers with are rewritten into the ones it does
 * (workflows/adapt), so the draft opens without intent-label warnings. Every flow is named by whoever creates
 * it, and no two flows share a name (the studio's form offers the template's name, numbered when taken); the
 * description defaults to the example's. Nothing is published; the creation is audited, with whose labels
 * the template was adapted to.
 */
export async function createFlow(
  prisma: PrismaClient,
  input: { name: string; description?: string; template?: string; actor: string },
  vocabulary: Omit<TVocabularyOptions, "needsHistory"> = {},
): Promise<{ id: string; name: string; adaptedTo: string | null; notes: string[] }> {
  let graph: TFlowGraph = blankGraph();
  const name = checkedName(input.name);
  let description = checkedDescription(input.description);
  let adaptedTo: string | null = null;
  let notes: string[] = [];
  if (input.template !== undefined) {
    const example = findExample(input.template);
    if (example === undefined) throw new UnknownTemplateError(input.template, EXAMPLES.map((e) => e.slug));
    const vocab = await workspaceVocabulary(prisma, { ...vocabulary, needsHistory: (labels) => unknownIntentLabels(example.graph, labels).length > 0 });
    const adapted = adaptTemplate(example.graph, vocab);
    // A deep copy: the examples are shared module state (an adapted graph is already a new one).
    graph = adapted.changed ? adapted.graph : structuredClone(example.graph);
    adaptedTo = adapted.changed ? vocab.source : null;
    notes = adapted.notes;
    description ??= example.description;
  }
  return prisma.$transaction(async (tx) => {
    await assertNameFree(tx, name);
    const flow = await tx.flow.create({
      data: { name, description, draftGraph: graph as unknown as Prisma.InputJsonValue },
      select: { id: true, name: true },
    });
    const details = { name, template: input.template ?? null, ...(adaptedTo === null ? {} : { adaptedTo }) };
    await tx.auditLog.create({ data: { actor: input.actor, action: "flow.create", subject: flow.id, details } });
    return { ...flow, adaptedTo, notes };
  });
}
