import { describe, expect, it } from "vitest";
import { NODE_KINDS } from "@/workflows/model";
import { formFields, schemaMessages } from "./schema-fields";

describe("formFields", () => {
  it("maps every kind's schema without throwing", () => {
    for (const kind of NODE_KINDS) expect(formFields(kind).length).toBeGreaterThan(0);
  });

  it("maps enums, numbers with bounds, literal unions, tags and special editors", () => {
    const ai = formFields("ai-reply");
    expect(ai.find((f) => f.key === "mode")).toMatchObject({ control: "select", defaultValue: "shadow" });
    expect(ai.find((f) => f.key === "maxPassages")).toMatchObject({ control: "number", min: 1, max: 10, integer: true });
    expect(formFields("set-tier").find((f) => f.key === "fallbackTier")).toMatchObject({
      control: "select",
      options: [{ value: 1 }, { value: 2 }, { value: 3 }],
    });
    expect(formFields("route").find((f) => f.key === "skills")).toMatchObject({ control: "tags" });
    expect(formFields("condition").find((f) => f.key === "rules")).toMatchObject({ control: "special", editor: "rules" });
    expect(formFields("sla-timer").find((f) => f.key === "within")).toMatchObject({ control: "duration" });
    expect(formFields("route").find((f) => f.key === "label")).toMatchObject({ control: "text", optional: true });
  });

  it("labels a field its editor names by that name, and any other by its key in words", () => {
    expect(formFields("score-priority").find((f) => f.key === "setTicketPriority")?.label).toBe("Set the ticket's priority");
    expect(formFields("route").find((f) => f.key === "skills")?.label).toBe("Skills");
  });
});

describe("schemaMessages", () => {
  it("keys the schema's own messages by top-level field", () => {
    const messages = schemaMessages("route", { queue: "" });
    expect(messages.get("queue")).toEqual(["Pick a queue"]);
    expect(schemaMessages("route", { queue: "billing" }).size).toBe(0);
  });
});
