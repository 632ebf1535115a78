import { TRPCError } from "@trpc/server";
import { expect, it } from "vitest";
import { actorOf } from "./actor";

it("the actor is the signed-in user's email; nobody signed in is refused", () => {
  expect(actorOf({ email: "ada@example.com" })).toBe("ada@example.com");
  expect(() => actorOf(null)).toThrow(TRPCError);
});
