import { describe, expect, it } from "vitest";
import { zendeskErrorMessage } from "./transport";

describe("zendeskErrorMessage", () => {
  it("keeps Zendesk's own words from each of its error body shapes", () => {
    expect(zendeskErrorMessage('{"error":"Couldn\'t authenticate you"}')).toBe("Couldn't authenticate you");
    expect(zendeskErrorMessage('{"error":"RecordNotFound","description":"Not found"}')).toBe("Not found (RecordNotFound)");
    expect(
      zendeskErrorMessage(
        '{"error":"RecordInvalid","description":"Record validation errors","details":{"base":[{"description":"Priority: is invalid","error":"InvalidValue"}]}}',
      ),
    ).toBe("Record validation errors (RecordInvalid): Priority: is invalid");
    expect(zendeskErrorMessage('{"error":{"title":"Forbidden","message":"You do not have access to this page"}}')).toBe("Forbidden: You do not have access to this page");
    expect(zendeskErrorMessage('{"errors":[{"title":"Invalid attribute","detail":"status is not valid"}]}')).toBe("Invalid attribute: status is not valid");
  });

  it("falls back to the text of a body that is not Zendesk's JSON", () => {
    expect(zendeskErrorMessage("<html><body><h1>502 Bad Gateway</h1></body></html>")).toBe("502 Bad Gateway");
    expect(zendeskErrorMessage("")).toBe("");
  });
});
