import { describe, expect, it } from "vitest";
import { FRESHDESK_PRIORITY_CODE, FRESHDESK_STATUS_CODE, studioChannel, studioPriority, studioStatus } from "./codes";
import { htmlToText, textToHtml } from "./html-text";
import { parseFreshdeskTime } from "./webhook-body";

describe("Freshdesk codes", () => {
  it("maps statuses both ways: 2 open, 3 pending, 4 resolved (solved), 5 closed", () => {
    expect(FRESHDESK_STATUS_CODE).toEqual({ open: 2, pending: 3, solved: 4, closed: 5 });
    expect(["2", "3", "4", "5"].map(studioStatus)).toEqual(["open", "pending", "solved", "closed"]);
    expect(["Open", "Pending", "Resolved", "Closed"].map(studioStatus)).toEqual(["open", "pending", "solved", "closed"]);
  });

  it("reads a custom status as a waiting state and an empty one as no change", () => {
    expect(studioStatus("7")).toBe("pending");
    expect(studioStatus("Waiting on Customer")).toBe("pending");
    expect(studioStatus("")).toBeUndefined();
  });

  it("maps priorities both ways: 1 low, 2 medium (normal), 3 high, 4 urgent", () => {
    expect(FRESHDESK_PRIORITY_CODE).toEqual({ low: 1, normal: 2, high: 3, urgent: 4 });
    expect(["1", "2", "3", "4"].map(studioPriority)).toEqual(["low", "normal", "high", "urgent"]);
    expect(["Low", "Medium", "High", "Urgent"].map(studioPriority)).toEqual(["low", "normal", "high", "urgent"]);
    expect(studioPriority("")).toBeUndefined();
  });

  it("maps sources by name or code", () => {
    expect(["Email", "Portal", "Phone", "Chat", "Feedback Widget", "Twitter", "7"].map(studioChannel)).toEqual([
      "email",
      "web",
      "phone",
      "chat",
      "web",
      "social",
      "chat",
    ]);
  });
});

describe("Freshdesk text and times", () => {
  it("turns HTML into text, keeping line breaks and decoding entities", () => {
    expect(htmlToText("<div>Hi&nbsp;there</div><div><br></div><p>5 &lt; 6 &amp; &#8364;1</p>")).toBe("Hi there\n\n5 < 6 & €1");
  });

  it("turns the studio's text into HTML Freshdesk shows as written", () => {
    expect(textToHtml('Hi <b>you</b> & "me"\nBye')).toBe("Hi &lt;b&gt;you&lt;/b&gt; &amp; &quot;me&quot;<br>Bye");
  });

  it("reads the times Freshdesk prints", () => {
    const at = Date.parse("2026-12-06T14:03:11Z");
    expect(parseFreshdeskTime("2026-12-06 14:03:11 UTC")).toBe(at);
    expect(parseFreshdeskTime("2026-12-06 19:33:11 +0530")).toBe(at);
    expect(parseFreshdeskTime("2026-12-06T09:03:11-05:00")).toBe(at);
    expect(parseFreshdeskTime("Sun, 06 Dec 2026 14:03:11 +0000")).toBe(at);
    expect(parseFreshdeskTime("")).toBeNaN();
    expect(parseFreshdeskTime("{{ticket.modified_on}}")).toBeNaN();
  });
});
