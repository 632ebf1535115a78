import { expect, it } from "vitest";
import { humanize, singular } from "./words";

it("reads a camel-case, snake-case or kebab-case key as words", () => {
  expect(humanize("maxPassages")).toBe("Max passages");
  expect(humanize("repeat_contacts")).toBe("Repeat contacts");
  expect(humanize("ai-reply")).toBe("Ai reply");
  expect(humanize("repeatContacts24h")).toBe("Repeat contacts24h");
});

it("names one item of a plural list, keeping its case", () => {
  expect(singular("Categories")).toBe("Category");
  expect(singular("cases")).toBe("case");
  expect(singular("Patterns")).toBe("Pattern");
  expect(singular("status")).toBe("status");
  expect(singular("address")).toBe("address");
  expect(singular("rule")).toBe("rule");
});
