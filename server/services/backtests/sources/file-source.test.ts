import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { at, historical } from "../../../../workflows/interpret/replay/test-tickets";
import type { HistoricalTicket } from "../../../../workflows/interpret/replay/types";
import { readTicketFile } from "./file-source";

const dir = mkdtempSync(join(tmpdir(), "ticket-file-"));
const tickets = [
  historical({ id: "a", body: "my card" }, [{ afterMin: 30, type: "agent.replied" }], { category: "cards", queue: "cards", firstResponseAt: at(30) }),
  historical({ id: "b", body: "my transfer" }, [{ afterMin: 10, type: "customer.replied", body: "hello?" }], { category: "transfers" }),
];

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function readAll(path: string): Promise<HistoricalTicket[]> {
  const out: HistoricalTicket[] = [];
  for await (const t of readTicketFile(path)) out.push(t);
  return out;
}

describe("readTicketFile", () => {
  it("streams NDJSON, one ticket a line, skipping blank lines", async () => {
    const path = file("tickets.ndjson", `${JSON.stringify(tickets[0])}\n\n${JSON.stringify(tickets[1])}\n`);
    expect(await readAll(path)).toEqual(tickets);
  });

  it("streams a JSON array, applying the snapshot's defaults and sorting each timeline", async () => {
    const { status: _s, priority: _p, tags: _t, ...bare } = tickets[0]!.snapshot;
    const unsorted = { ...tickets[1]!, timeline: [{ type: "agent.replied", at: at(50) }, ...tickets[1]!.timeline] };
    const path = file("tickets.json", JSON.stringify([{ ...tickets[0]!, snapshot: bare }, unsorted], null, 2));
    const read = await readAll(path);
    expect(read[0]).toEqual(tickets[0]);
    expect(read[1]!.timeline.map((e) => e.type)).toEqual(["customer.replied", "agent.replied"]);
  });

  it("stops at a bad record with its line and the failing field", async () => {
    const bad = { ...tickets[1]!, recorded: { ...tickets[1]!.recorded, firstResponseAt: "yesterday" } };
    const path = file("bad.ndjson", `${JSON.stringify(tickets[0])}\n${JSON.stringify(bad)}\n`);
    const seen: string[] = [];
    await expect(async () => {
      for await (const t of readTicketFile(path)) seen.push(t.snapshot.id);
    }).rejects.toThrow(`${path}: line 2: recorded.firstResponseAt: Not a valid date`);
    expect(seen).toEqual(["a"]);
  });

  it("names the record number in a JSON array, and a line that is not JSON", async () => {
    const noSnapshot = file("bad.json", JSON.stringify([tickets[0], { timeline: [], recorded: tickets[0]!.recorded }]));
    await expect(readAll(noSnapshot)).rejects.toThrow(`${noSnapshot}: record 2: snapshot:`);
    const notJson = file("broken.ndjson", `${JSON.stringify(tickets[0])}\n{"snapshot": \n`);
    await expect(readAll(notJson)).rejects.toThrow(new RegExp(`${notJson.replace(/[.]/g, "\\.")}: line 2: line is not valid JSON`));
  });
});
