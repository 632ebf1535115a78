import { afterEach, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { eventually, uniqueId } from "../../../tests/integration/helpers";
import { workerProcesses } from "../../../tests/integration/worker-process";

/** The worker process keeps the rollup current by itself: a ticket written anywhere reaches its cell. */
const prisma = getPrisma();
const workers = workerProcesses();
afterEach(() => workers.killAll());

it("a running worker counts a new ticket into the rollup", async () => {
  await workers.start();
  const tag = uniqueId("worker");
  const queue = await prisma.queue.create({ data: { name: `metrics-${tag}` } });
  const customer = await prisma.customer.create({ data: { source: tag, externalId: "c" } });
  const ticket = await prisma.ticket.create({
    data: { source: tag, externalId: "1", customerId: customer.id, subject: "s", body: "b", queueId: queue.id, createdAt: new Date("2018-12-03T10:00:00.000Z"), resolvedAt: new Date("2018-12-03T11:00:00.000Z") },
  });
  const fact = await eventually("the worker to count the ticket", () => prisma.metricTicketFact.findUnique({ where: { ticketId: ticket.id } }));
  expect(fact).toMatchObject({ handling: "automated", queueId: queue.id, day: new Date("2018-12-03T00:00:00.000Z") });
  const cells = await prisma.metricRollup.findMany({ where: { queueId: queue.id } });
  expect(cells.map((c) => [c.tickets, c.automated])).toEqual([[1, 1]]);
});
