// Stands in for a first `npm start` in tests: runs the start's own training step (the real trainFirstModel, which
// spawns the real training child) against DATABASE_URL, says which row it started, then stays up as `npm start`
// does, until the test kills it (and, with it, the training child in its process group).
import { getPrisma } from "../../server/db";
import { trainFirstModel } from "../../scripts/start/train-first-model";

const prisma = getPrisma();
await trainFirstModel(prisma, await prisma.ticket.count());
const row = await prisma.intentModel.findFirst({ orderBy: { version: "desc" } });
console.log(`STARTED ${row?.id ?? "none"}`);
setInterval(() => undefined, 60_000);
