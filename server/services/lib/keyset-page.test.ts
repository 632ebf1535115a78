import { describe, expect, it } from "vitest";
import { keysetPageInput, readNewestFirstPage, type NewestFirstPageArgs } from "./keyset-page";

const rows = ["e", "d", "c", "b", "a"].map((id) => ({ id }));

/** A findMany over `rows` (already newest first) that honours take, cursor and skip the way Prisma does. */
function read(args: NewestFirstPageArgs) {
  const start = args.cursor ? rows.findIndex((row) => row.id === args.cursor!.id) + (args.skip ?? 0) : 0;
  return Promise.resolve(rows.slice(start, start + args.take));
}

describe("readNewestFirstPage", () => {
  it("pages through every row once, newest first", async () => {
    const first = await readNewestFirstPage({ limit: 2 }, read);
    const second = await readNewestFirstPage({ limit: 2, cursor: first.nextCursor }, read);
    const last = await readNewestFirstPage({ limit: 2, cursor: second.nextCursor }, read);
    expect([first, second, last].map((page) => page.items.map((row) => row.id))).toEqual([["e", "d"], ["c", "b"], ["a"]]);
    expect([first.nextCursor, second.nextCursor, last.nextCursor]).toEqual(["d", "b", null]);
  });

  it("asks for one row more than the page, ordered on (createdAt, id)", async () => {
    const asked: NewestFirstPageArgs[] = [];
    await readNewestFirstPage({ limit: 5 }, (args) => (asked.push(args), read(args)));
    expect(asked).toEqual([{ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 6 }]);
  });

  it("has no next page when the rows end exactly at the page's end", async () => {
    expect((await readNewestFirstPage({ limit: 5 }, read)).nextCursor).toBeNull();
  });
});

describe("keysetPageInput", () => {
  it("defaults the limit and refuses more than 100 a page", () => {
    expect(keysetPageInput(25).parse({})).toEqual({ limit: 25 });
    expect(keysetPageInput(25).safeParse({ limit: 101 }).success).toBe(false);
  });
});
