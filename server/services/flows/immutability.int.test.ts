import { beforeAll, describe, expect, it } from "vitest";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { getPrisma } from "../../db";
import { draftOf, flowFromTemplate } from "./flow-test-kit";
import { publishDraft } from "./publish-flow-version";
import { rollbackFlow } from "./rollback-flow";
import { saveDraft } from "./save-draft";

/**
 * Published versions are byte-for-byte immutable: editing and saving the draft, publishing again and
 * rolling back never change a published row's graph, plan or content hash. Compared as the text
 * PostgreSQL stores (jsonb::text), which is stricter than comparing parsed objects.
 */
const prisma = getPrisma();

interface FrozenRow {
  graph: string;
  plan: string;
  contentHash: string;
  number: number;
  author: string;
  message: string;
  publishedAt: Date | null;
}

async function frozen(versionId: string): Promise<FrozenRow> {
  const rows = await prisma.$queryRaw<FrozenRow[]>`
    SELECT graph::text AS graph, plan::text AS plan, "contentHash", number, author, message, "publishedAt"
    FROM "FlowVersion" WHERE id = ${versionId}`;
  if (rows[0] === undefined) throw new Error(`No FlowVersion ${versionId}`);
  return rows[0];
}

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
});

describe("published versions are immutable", () => {
  it("an edit after publishing changes only the draft; publishing again creates version N+1", async () => {
    const flow = await flowFromTemplate(prisma, "intent-routing", "Immutable");
    const v1 = await publishDraft(prisma, { flowId: flow.id, actor: "ada", message: "v1" });
    const v1Row = await frozen(v1.id);
    const v1Full = await prisma.flowVersion.findUniqueOrThrow({ where: { id: v1.id } });

    // Edit the draft the way the editor does: change a threshold, add a tag node, move a node, save.
    const draft = await draftOf(prisma, flow.id);
    const classify = draft.nodes.find((n) => n.id === "classify")!;
    Object.assign(classify.data, { minConfidence: 0.9 });
    classify.position = { x: classify.position.x + 50, y: classify.position.y };
    draft.nodes.push({ id: "tag-it", type: "tag", position: { x: 0, y: 0 }, data: { add: ["routed"], remove: [] } });
    await saveDraft(prisma, { flowId: flow.id, graph: draft });
    await saveDraft(prisma, { flowId: flow.id, graph: draft }); // autosave twice, as the editor would

    expect(await frozen(v1.id)).toEqual(v1Row);
    expect(JSON.stringify(await prisma.flowVersion.findUniqueOrThrow({ where: { id: v1.id } }))).toBe(JSON.stringify(v1Full));
    expect((await prisma.flow.findUniqueOrThrow({ where: { id: flow.id } })).activeVersionId).toBe(v1.id);
    expect(await prisma.flowVersion.count({ where: { flowId: flow.id } })).toBe(1);

    // The edited draft does not compile (the tag node is unreachable), so fix it and publish: v2.
    draft.nodes = draft.nodes.filter((n) => n.id !== "tag-it");
    await saveDraft(prisma, { flowId: flow.id, graph: draft });
    const v2 = await publishDraft(prisma, { flowId: flow.id, actor: "ada", message: "v2" });
    expect(v2.number).toBe(v1.number + 1);
    expect(v2.id).not.toBe(v1.id);
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect(await frozen(v1.id)).toEqual(v1Row);

    // A rollback adds v3 with v1's content; v1 and v2 stay exactly as they were.
    const v2Row = await frozen(v2.id);
    const v3 = await rollbackFlow(prisma, { flowId: flow.id, versionId: v1.id, actor: "ada" });
    expect(v3.number).toBe(3);
    expect(await frozen(v1.id)).toEqual(v1Row);
    expect(await frozen(v2.id)).toEqual(v2Row);
    const v3Row = await frozen(v3.id);
    expect([v3Row.graph, v3Row.contentHash]).toEqual([v1Row.graph, v1Row.contentHash]);
  });
});
