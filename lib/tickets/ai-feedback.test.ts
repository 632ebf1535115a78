import { describe, expect, it } from "vitest";
import { ZAiFeedbackSchema } from "./ai-feedback";

describe("ZAiFeedbackSchema", () => {
  it("accepts a verdict with a corrected intent and drops blank optional text", () => {
    const parsed = ZAiFeedbackSchema.parse({ ticketId: "t1", messageId: "m1", verdict: "incorrect", correctedIntent: " billing ", correctAnswer: "  ", comment: "" });
    expect(parsed).toEqual({ ticketId: "t1", messageId: "m1", verdict: "incorrect", correctedIntent: "billing" });
  });

  it("refuses a verdict outside the four", () => {
    const result = ZAiFeedbackSchema.safeParse({ ticketId: "t1", messageId: "m1", verdict: "wrong" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Pick a verdict");
  });

  it("needs the message it is about", () => {
    expect(ZAiFeedbackSchema.safeParse({ ticketId: "t1", messageId: "", verdict: "good" }).success).toBe(false);
  });
});
