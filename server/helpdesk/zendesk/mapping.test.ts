import { describe, expect, it } from "vitest";
import { channelOfVia, ratingScoreOf, studioPriorityOf, studioStatusOf, zendeskPriorityFor, zendeskStatusFor } from "./mapping";

describe("Zendesk status and priority mapping", () => {
  it("sends the studio's statuses and priorities as Zendesk's values", () => {
    expect((["open", "pending", "solved", "closed"] as const).map(zendeskStatusFor)).toEqual(["open", "pending", "solved", "closed"]);
    expect((["low", "normal", "high", "urgent"] as const).map(zendeskPriorityFor)).toEqual(["low", "normal", "high", "urgent"]);
  });

  it("reads Zendesk's rendered statuses, including new and on-hold", () => {
    expect(["New", "Open", "Pending", "On-hold", "Hold", "Solved", "Closed"].map(studioStatusOf)).toEqual([
      "open",
      "open",
      "pending",
      "pending",
      "pending",
      "solved",
      "closed",
    ]);
    expect(studioStatusOf("Deleted")).toBeUndefined();
    expect(studioStatusOf("")).toBeUndefined();
  });

  it("reads Zendesk's rendered priorities; none is undefined", () => {
    expect(["Low", "Normal", "High", "Urgent"].map(studioPriorityOf)).toEqual(["low", "normal", "high", "urgent"]);
    expect(studioPriorityOf("-")).toBeUndefined();
    expect(studioPriorityOf("")).toBeUndefined();
  });

  it("reads ratings: good 5, bad 1, a 1–5 scale as is, not yet rated as null", () => {
    expect(["Good", "good, I'm satisfied", "Bad", "Bad, I'm unsatisfied", "4"].map(ratingScoreOf)).toEqual([5, 5, 1, 1, 4]);
    expect(["Offered", "Unoffered", ""].map(ratingScoreOf)).toEqual([null, null, null]);
    expect(ratingScoreOf("Excellent")).toBeUndefined();
    expect(ratingScoreOf("7")).toBeUndefined();
  });

  it("reads the channel from the via name", () => {
    expect(["Web Form", "Mail", "Chat", "Web Widget", "Voicemail", "Phone call (incoming)", "Web Service", "API", "Twitter", "Something new"].map(channelOfVia)).toEqual([
      "web",
      "email",
      "chat",
      "web",
      "phone",
      "phone",
      "api",
      "api",
      "social",
      "web",
    ]);
  });
});
