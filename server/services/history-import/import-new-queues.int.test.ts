import { describe, expect, it } from "vitest";
import { getPrisma } from "../../db";
import { toImportItem, type ImportItem } from "../../../lib/history-import/import-record";
import { uniqueId } from "../../../tests/integration/helpers";
import { importTickets } from "./import-tickets";

const prisma = getPrisma();

/**
 * Two writers adding the same new queues at once used to deadlock (each inserted them in its own order),
 * which failed the import. Batches of 250 come in pairs that the two writers take together: both batches of
 * a pair name the same 250 new queues, one in order and one reversed, 4 times over.
 */
describe("importTickets with new queues in every batch", () => {
  it("adds each new queue once and imports every ticket, with two writers racing", async () => {
    const source = uniqueId("import-queues");
    const size = 250;
    const queues = Array.from({ length: 4 * size }, (_, i) => uniqueId(`q${i}`));
    const queueOf = (i: number) => {
      const batch = Math.floor(i / size);
      const pair = Math.floor(batch / 2);
      const slot = batch % 2 === 0 ? i % size : size - 1 - (i % size);
      return queues[pair * size + slot];
    };
    const file: ImportItem[] = Array.from({ length: 8 * size }, (_, i) =>
      toImportItem(
        { record: i + 1 },
        {
          externalId: `t${i}`,
          subject: `Ticket ${i}`,
          body: `Question number ${i}`,
          createdAt: "2026-10-01T09:00:00.000Z",
          queue: queueOf(i),
          customer: { externalId: `c${i}` },
          messages: [{ externalId: "m1", author: "customer", body: `Question number ${i}`, createdAt: "2026-10-01T09:00:00.000Z" }],
        },
      ),
    );
    const result = await importTickets(prisma, file, { source, batchSize: size, writers: 2 });
    expect(result).toMatchObject({ records: 8 * size, imported: 8 * size, rejected: 0 });
    expect(await prisma.queue.count({ where: { name: { in: queues } } })).toBe(4 * size);
    expect(await prisma.ticket.count({ where: { source, queue: { name: { in: queues } } } })).toBe(8 * size);
  });
});
