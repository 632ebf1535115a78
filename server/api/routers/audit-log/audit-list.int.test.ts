import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { seedWorkspace } from "../../../../prisma/seed/seed-workspace";
import { getPrisma } from "../../../db";
import { flowFromTemplate } from "../../../services/flows/flow-test-kit";
import { getLiveFlowId, setLiveFlow } from "../../../services/flows/live-flow";
import { publishDraft } from "../../../services/flows/publish-flow-version";
import { contextAs } from "../../../../tests/auth";

/** auditLog.list through the router (createCaller), over rows written by the real flow services. */
const prisma = getPrisma();
const caller = createCaller(contextAs("admin"));

beforeAll(async () => {
  await seedWorkspace(prisma, { demoHistory: false });
});

describe("auditLog.list", () => {
  it("lists newest first with the flow's name, the actor, the details and the version", async () => {
    const previousLive = await getLiveFlowId(prisma);
    const flow = await flowFromTemplate(prisma, "intent-routing", "Audit list");
    await publishDraft(prisma, { flowId: flow.id, actor: "ada@example.com", message: "First" });
    try {
      await setLiveFlow(prisma, flow.id, "grace@example.com");
    } finally {
      // The database is shared: give the live flow back to whoever had it.
      if (previousLive !== null) await setLiveFlow(prisma, previousLive, "test");
    }

    const { items } = await caller.auditLog.list({ limit: 100 });
    const mine = items.filter((i) => i.subject.kind === "flow" && i.subject.id === flow.id);
    expect(mine.map((i) => i.action)).toEqual(["settings.live-flow", "flow.publish", "flow.create"]);
    expect(mine[0]).toMatchObject({
      actor: "grace@example.com",
      subject: { kind: "flow", id: flow.id, name: flow.name },
      details: { activeVersion: 1 },
    });
    expect(mine[1]).toMatchObject({ actor: "ada@example.com", details: { version: 1 } });
    expect(mine[0]!.createdAt).toBeInstanceOf(Date);

    const times = items.map((i) => i.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("pages with a cursor without skipping or repeating rows", async () => {
    for (let i = 0; i < 3; i++) await flowFromTemplate(prisma, "intent-routing", `Audit page ${i}`);
    const all = await caller.auditLog.list({ limit: 100 });
    const first = await caller.auditLog.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const second = await caller.auditLog.list({ limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(all.items.slice(0, 4).map((i) => i.id));
  });

  it("says when there is no next page, and refuses a limit over 100", async () => {
    const total = await prisma.auditLog.count();
    const page = await caller.auditLog.list({ limit: 100 });
    if (total <= 100) expect(page.nextCursor).toBeNull();
    else expect(page.nextCursor).not.toBeNull();
    await expect(caller.auditLog.list({ limit: 101 })).rejects.toThrow();
  });
});
