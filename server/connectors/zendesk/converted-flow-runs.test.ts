import { describe, expect, it } from "vitest";
import { drive, planOf, ticket } from "../../../workflows/interpret/test-driver";
import { convertTrigger } from "./convert-trigger";
import { fixtureRules } from "./test-fixtures";

/** The converted flows run in the real interpreter and act like the Zendesk rule on the tickets it targets. */
function planFor(name: string, index = 0) {
  const input = fixtureRules(name)[index]!;
  const c = convertTrigger(input.rule, input.source, { groupNames: { "360001234567": "escalations" } });
  return planOf(c.graph, c.queues);
}

const callNames = (calls: Array<{ name: string }>) => calls.map((c) => c.name);

describe("converted Zendesk rules in the interpreter", () => {
  it("escalates an urgent outage email and leaves a normal one alone", () => {
    const plan = planFor("trigger-urgent-escalation.json");
    const hit = drive(plan, ticket({ subject: "Dashboard down", priority: "urgent", channel: "email" }));
    expect(callNames(hit.calls)).toEqual(["routeTicket", "updateTicket", "notifySlack", "updateTicket"]);
    expect(hit.calls[0]!.input).toMatchObject({ queue: "escalations" });
    expect(hit.calls[2]!.input).toMatchObject({ channel: "#zendesk-group", text: expect.stringContaining("Urgent: Dashboard down (#t1)") });

    const miss = drive(plan, ticket({ subject: "Dashboard down", priority: "normal", channel: "email" }));
    expect(miss.calls).toEqual([]);
    expect(miss.state.trace.at(-1)?.nodeId).toBe("end-no-match");
  });

  it("raises the priority of a ticket still unsolved 24 hours after creation", () => {
    const plan = planFor("automations-list.json", 0);
    const run = drive(plan, ticket({ status: "open" }));
    expect(run.commands.some((c) => c.type === "startTimer")).toBe(true);
    expect(run.calls[0]).toMatchObject({ name: "updateTicket", input: expect.objectContaining({ changes: expect.objectContaining({ priority: "urgent" }) }) });
  });
});
