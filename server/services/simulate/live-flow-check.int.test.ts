import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { seedExampleFlows } from "../../../prisma/seed/seed-flows";
import { seedWorkspace } from "../../../prisma/seed/seed-workspace";
import { getLiveFlowId } from "../flows/live-flow";
import { liveFlowForSimulation } from "./live-flow-check";

const prisma = getPrisma();

beforeAll(async () => {
  // The queues the examples route to, then the examples, as a first start does.
  await seedWorkspace(prisma, { demoHistory: false });
  await seedExampleFlows(prisma);
});

describe("liveFlowForSimulation", () => {
  it("makes a flow live by the start of its name, audited, and says whether it can automate", async () => {
    const tiered = await liveFlowForSimulation(prisma, "tiered support");
    expect(tiered).toMatchObject({ name: "Tiered support: automate, assist, escalate", resolves: true });
    const flow = await prisma.flow.findFirstOrThrow({ where: { name: tiered!.name } });
    expect(await getLiveFlowId(prisma)).toBe(flow.id);
    expect(await prisma.auditLog.count({ where: { actor: "cli", subject: { contains: flow.id } } })).toBeGreaterThan(0);

    expect(await liveFlowForSimulation(prisma, "Escalate when a human is needed")).toMatchObject({ resolves: false });
    // Without a name it reads what is live.
    expect(await liveFlowForSimulation(prisma, undefined)).toMatchObject({ name: "Escalate when a human is needed" });
  });

  it("names the flows there are when the name matches none, or more than one", async () => {
    await expect(liveFlowForSimulation(prisma, "No such flow")).rejects.toThrow(/There is no flow named "No such flow"\. Flows: .*Tiered support/);
    await expect(liveFlowForSimulation(prisma, "")).rejects.toThrow(/names more than one flow/);
  });
});
