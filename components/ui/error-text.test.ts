import { expect, it } from "vitest";
import { errorText, placedErrors } from "./error-text";

it("words a request that never got an answer, instead of the browser's 'Failed to fetch'", () => {
  expect(errorText(new TypeError("Failed to fetch"))).toBe("The studio could not be reached. Check the connection and try again.");
});

it("places a refusal under the field the server names", () => {
  const taken = Object.assign(new Error("Another flow is already called “Billing”."), { data: { fieldErrors: { name: "Another flow is already called “Billing”." } } });
  expect(placedErrors(taken, ["name", "description"])).toEqual({ name: "Another flow is already called “Billing”." });
  const tooLong = Object.assign(new Error("x"), { data: { fieldErrors: { description: "The description is too long." } } });
  expect(placedErrors(tooLong, ["name", "description"])).toEqual({ description: "The description is too long." });
});

it("keeps an error about no listed field for the form, even when its words mention one", () => {
  expect(placedErrors(new Error("The name service is down"), ["name"])).toEqual({ other: "The name service is down" });
  expect(placedErrors(new TypeError("Failed to fetch"), ["name"])).toEqual({ other: "The studio could not be reached. Check the connection and try again." });
  const aboutTemplate = Object.assign(new Error("There is no template “x”."), { data: { fieldErrors: { template: "There is no template “x”." } } });
  expect(placedErrors(aboutTemplate, ["name"])).toEqual({ other: "There is no template “x”." });
});
