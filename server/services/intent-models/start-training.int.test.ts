import type { IntentModel } from "@prisma/client";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createPrismaClient, getPrisma } from "../../db";
import { contextAs } from "../../../tests/auth";
import { startTraining } from "./start-training";

const prisma = getPrisma();
const created: string[] = [];
// Two web processes, each with its own connections: what the lock has to hold across.
const processes = [createPrismaClient(process.env.DATABASE_URL!), createPrismaClient(process.env.DATABASE_URL!)] as const;

beforeAll(async () => {
  // A training left running by an earlier test would make both starts below busy.
  await prisma.intentModel.updateMany({ where: { status: "training" }, data: { status: "failed", error: "set aside by a test" } });
});

afterAll(async () => {
  await prisma.intentModel.deleteMany({ where: { id: { in: created } } });
  await Promise.all(processes.map((p) => p.$disconnect()));
});

it("lets one of two simultaneous starts through and refuses the other with a sentence", async () => {
  const launched: IntentModel[] = [];
  // The training process itself is not what this is about: only which start gets to launch it.
  const launch = (row: IntentModel) => {
    launched.push(row);
    created.push(row.id);
  };
  await Promise.all(processes.map((p) => p.$queryRaw`SELECT 1`)); // both connected, so neither starts late
  const results = await Promise.allSettled([startTraining(processes[0], "first", { launch }), startTraining(processes[1], "second", { launch })]);

  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(refused).toHaveLength(1);
  expect((refused[0]!.reason as Error).message).toBe(`Model version ${launched[0]!.version} is training; wait for it to finish, then train again.`);
  expect(launched).toHaveLength(1);
  expect(await prisma.intentModel.count({ where: { status: "training" } })).toBe(1);

  // Through the API, a third start is refused with the same sentence as a conflict.
  await expect(createCaller(contextAs("designer")).aiModels.train({ activate: false })).rejects.toMatchObject({
    code: "CONFLICT",
    message: `Model version ${launched[0]!.version} is training; wait for it to finish, then train again.`,
  });
});
