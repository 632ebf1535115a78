import { describe, expect, it } from "vitest";
import { subjectOf } from "./start-conversation";
import { leadOf } from "./help-centre-topics";
import { storedPage, ZWidgetMessageSchema, ZWidgetRatingSchema, ZWidgetStartSchema } from "./widget-schemas";

const start = { visitorId: "visitor-123456", clientMessageId: "message-123456", message: "Where is my card?", page: { url: "https://bank.example/help", title: "Help" } };
const firstError = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message;

describe("widget input", () => {
  it("takes a start with the name and email left empty as an anonymous one", () => {
    const parsed = ZWidgetStartSchema.parse({ ...start, name: "  ", email: "" });
    expect(parsed).toEqual({ ...start, name: undefined, email: undefined });
  });

  it("answers bad input in the customer's words", () => {
    expect(firstError(ZWidgetStartSchema.safeParse({ ...start, message: "   " }))).toBe("Type a message first.");
    expect(firstError(ZWidgetStartSchema.safeParse({ ...start, message: "x".repeat(2001) }))).toBe("That message is too long: please keep it under 2,000 characters.");
    expect(firstError(ZWidgetStartSchema.safeParse({ ...start, email: "jamie@" }))).toBe("That email address does not look right: please check it, or leave it empty.");
    expect(firstError(ZWidgetStartSchema.safeParse({ ...start, visitorId: "../../etc" }))).toBe("Please reload the chat and try again.");
    expect(firstError(ZWidgetRatingSchema.safeParse({ score: 6 }))).toBe("Choose a rating from 1 to 5.");
    expect(firstError(ZWidgetRatingSchema.safeParse({ score: 2.5 }))).toBe("Choose a rating from 1 to 5.");
  });

  it("never refuses a message for the page it was sent from", () => {
    expect(ZWidgetMessageSchema.parse({ clientMessageId: "message-123456", message: "hi", page: 42 }).page).toEqual({ url: "", title: "" });
    expect(ZWidgetMessageSchema.parse({ clientMessageId: "message-123456", message: "hi" }).page).toEqual({ url: "", title: "" });
  });
});

describe("storedPage", () => {
  it("keeps an http(s) address and a tidied title", () => {
    expect(storedPage({ url: "https://bank.example/help?q=pin#top", title: "  Help \n centre " })).toEqual({ url: "https://bank.example/help?q=pin#top", title: "Help centre" });
  });

  it("drops addresses that are not web pages or are too long, and cuts long titles", () => {
    expect(storedPage({ url: "javascript:alert(1)", title: "" })).toEqual({ url: null, title: null });
    expect(storedPage({ url: "file:///C:/help.html", title: "x" }).url).toBeNull();
    expect(storedPage({ url: "not a url", title: "x" }).url).toBeNull();
    expect(storedPage({ url: `https://bank.example/${"a".repeat(2000)}`, title: "x" }).url).toBeNull();
    expect(storedPage({ url: "", title: "t".repeat(400) }).title).toHaveLength(300);
  });
});

describe("subjectOf", () => {
  it("names the page the chat started on", () => {
    expect(subjectOf({ url: "https://bank.example/help", title: "Cards · Help" })).toBe("Chat from “Cards · Help”");
    expect(subjectOf({ url: "https://bank.example/help/cards", title: null })).toBe("Chat from “bank.example/help/cards”");
    expect(subjectOf({ url: "https://bank.example/", title: null })).toBe("Chat from “bank.example”");
    expect(subjectOf({ url: null, title: null })).toBe("Chat from the help widget");
  });
});

describe("leadOf", () => {
  it("is the article's first sentence as plain text", () => {
    expect(leadOf("# Change your card PIN\n\nOpen **Cards**, select the [card](/cards) and tap **Change PIN**. Confirm with your passcode.\n\n## More")).toBe(
      "Open Cards, select the card and tap Change PIN.",
    );
    expect(leadOf("# Only a title")).toBe("");
  });
});
