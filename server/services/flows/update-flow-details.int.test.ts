import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { createFlow } from "./create-flow";
import { FlowNameTakenError, FlowNotFoundError, InvalidFlowDetailsError } from "./flow-errors";
import { auditRows, uniqueName } from "./flow-test-kit";
import { FLOW_DETAILS_ACTION, updateFlowDetails } from "./update-flow-details";

/** Renaming and describing flows against a real PostgreSQL (shared with other test files: unique names). */
const prisma = getPrisma();

describe("changing a flow's name and description", () => {
  it("renames and describes a flow, auditing what it was before and after", async () => {
    const oldName = uniqueName("Before");
    const newName = uniqueName("After");
    const flow = await createFlow(prisma, { name: oldName, actor: "ada" });
    const updated = await updateFlowDetails(prisma, { flowId: flow.id, name: ` ${newName} `, description: " Billing first. ", actor: "grace" });
    expect(updated).toEqual({ id: flow.id, name: newName, description: "Billing first." });
    const audit = (await auditRows(prisma, flow.id)).filter((a) => a.action === FLOW_DETAILS_ACTION);
    expect(audit).toEqual([
      { actor: "grace", action: FLOW_DETAILS_ACTION, details: { name: { from: oldName, to: newName }, description: { from: null, to: "Billing first." } } },
    ]);
  });

  it("writes and audits nothing when the details are unchanged; an emptied description is none", async () => {
    const name = uniqueName("Same");
    const flow = await createFlow(prisma, { name, description: "Kept", actor: "ada" });
    await updateFlowDetails(prisma, { flowId: flow.id, name, description: "Kept", actor: "ada" });
    expect((await auditRows(prisma, flow.id)).map((a) => a.action)).toEqual(["flow.create"]);
    expect(await updateFlowDetails(prisma, { flowId: flow.id, name, description: "  ", actor: "ada" })).toMatchObject({ description: null });
  });

  it("keeps the description when a rename leaves it out", async () => {
    const flow = await createFlow(prisma, { name: uniqueName("Described"), description: "Billing first.", actor: "ada" });
    const renamed = uniqueName("Renamed");
    expect(await updateFlowDetails(prisma, { flowId: flow.id, name: renamed, actor: "ada" })).toEqual({ id: flow.id, name: renamed, description: "Billing first." });
    const audit = (await auditRows(prisma, flow.id)).filter((a) => a.action === FLOW_DETAILS_ACTION);
    expect(audit.map((a) => a.details)).toEqual([{ name: { from: expect.any(String), to: renamed } }]);
  });

  it("refuses an empty name, another flow's name and an unknown flow, with sentences", async () => {
    const taken = uniqueName("Taken");
    await createFlow(prisma, { name: taken, actor: "ada" });
    const flow = await createFlow(prisma, { name: uniqueName("Mine"), actor: "ada" });
    await expect(updateFlowDetails(prisma, { flowId: flow.id, name: "", actor: "ada" })).rejects.toThrow(new InvalidFlowDetailsError("name", "Give the flow a name."));
    await expect(updateFlowDetails(prisma, { flowId: flow.id, name: taken.toLowerCase(), actor: "ada" })).rejects.toThrow(FlowNameTakenError);
    await expect(updateFlowDetails(prisma, { flowId: flow.id, name: "x".repeat(121), actor: "ada" })).rejects.toThrow(/120 characters or fewer/);
    await expect(updateFlowDetails(prisma, { flowId: "no-such-flow", name: uniqueName("Ghost"), actor: "ada" })).rejects.toThrow(FlowNotFoundError);
  });

  it("lets a flow keep its own name with different capitals", async () => {
    const name = uniqueName("case");
    const flow = await createFlow(prisma, { name, actor: "ada" });
    await expect(updateFlowDetails(prisma, { flowId: flow.id, name: name.toUpperCase(), actor: "ada" })).resolves.toMatchObject({ name: name.toUpperCase() });
  });
});
