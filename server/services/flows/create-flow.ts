import type { Prisma, PrismaClient } from "@prisma/client";
import { EXAMPLES, findExample } from "../../../workflows/examples";
import type { TFlowGraph } from "../../../workflows/model/graph";
import { UnknownTemplateError } from "./flow-errors";

/** A blank flow is just its trigger: the smallest graph the editor can grow from (it compiles, and does nothing). */
export function blankGraph(): TFlowGraph {
  return {
    nodes: [{ id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { label: "New ticket", on: "ticket.created" } }],
    edges: [],
  };
}

/**
 * Creates a flow with an unpublished draft: blank, or a copy of an example (`template` = its slug).
 * Name and description default to the example's. Nothing is published; the creation is audited.
 */
export async function createFlow(
  prisma: PrismaClient,
  input: { name?: string; description?: string; template?: string; actor: string },
): Promise<{ id: string; name: string }> {
  let graph: TFlowGraph = blankGraph();
  let name = input.name?.trim() || "Untitled flow";
  let description = input.description?.trim() || null;
  if (input.template !== undefined) {
    const example = findExample(input.template);
    if (example === undefined) throw new UnknownTemplateError(input.template, EXAMPLES.map((e) => e.slug));
    // A deep copy: the examples are shared module state.
    graph = structuredClone(example.graph);
    name = input.name?.trim() || example.name;
    description = input.description?.trim() || example.description;
  }
  return prisma.$transaction(async (tx) => {
    const flow = await tx.flow.create({
      data: { name, description, draftGraph: graph as unknown as Prisma.InputJsonValue },
      select: { id: true, name: true },
    });
    await tx.auditLog.create({
      data: { actor: input.actor, action: "flow.create", subject: flow.id, details: { name, template: input.template ?? null } },
    });
    return flow;
  });
}
