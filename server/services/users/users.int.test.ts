import { TRPCError } from "@trpc/server";
import { expect, it } from "vitest";
import { createCaller } from "../../api/root";
import { webPorts } from "../../../composition/web";
import { anonymousContext } from "../../api/trpc";
import { getPrisma } from "../../db";
import { contextAs } from "../../../tests/auth";

const prisma = getPrisma();

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

it("an admin creates a user and changes their role; the change is audited with before and after", async () => {
  const admin = createCaller(contextAs("admin", "boss@test.local"));
  const email = `role-${Date.now()}@test.local`;
  const user = await admin.users.create({ email, name: "Rosa", role: "designer", password: "long-enough-1" });
  expect(user).toMatchObject({ email, role: "designer" });
  await expect(admin.users.create({ email, name: "Again", role: "agent", password: "long-enough-1" })).rejects.toMatchObject({ code: "CONFLICT" });

  await admin.users.changeRole({ userId: user.id, role: "publisher" });
  const audit = await prisma.auditLog.findFirstOrThrow({ where: { subject: user.id, action: "user.role-change" } });
  expect(audit).toMatchObject({ actor: "boss@test.local", details: { email, before: "designer", after: "publisher" } });
  expect((await admin.auditLog.list({})).items.some((row) => row.id === audit.id)).toBe(true);
});

it("refuses other roles with FORBIDDEN and signed-out callers with UNAUTHORIZED", async () => {
  const designer = createCaller(contextAs("designer"));
  const forbidden = await refusal(designer.users.list());
  expect(forbidden.code).toBe("FORBIDDEN");
  expect(forbidden.message).toBe("Managing users needs the admin role; you are a designer");
  expect((await refusal(designer.flows.publish({ flowId: "x" }))).message).toBe("Publishing needs the publisher or admin role; you are a designer");
  expect((await refusal(createCaller(contextAs("manager")).auditLog.list({}))).code).toBe("FORBIDDEN");
  expect((await refusal(createCaller(contextAs("agent")).flows.saveDraft({ flowId: "x", graph: { nodes: [], edges: [] } }))).code).toBe("FORBIDDEN");

  const anonymous = createCaller(anonymousContext(new Headers(), webPorts()));
  expect((await refusal(anonymous.flows.list())).code).toBe("UNAUTHORIZED");
  expect((await refusal(anonymous.tickets.list({}))).code).toBe("UNAUTHORIZED");
  expect(await anonymous.system.health()).toMatchObject({ ok: true });
});
