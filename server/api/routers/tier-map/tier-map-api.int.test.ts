import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { webPorts } from "@/composition/web";
import { anonymousContext } from "@/server/api/trpc";
import { contextAs, trpcCodeOf } from "../../../../tests/auth";
import { uniqueId } from "../../../../tests/integration/helpers";

/** tierMap.* through the router: who may read and who may save, and how a stale save answers. */
const as = (role: Parameters<typeof contextAs>[0]) => createCaller(contextAs(role));


describe("tierMap procedures", () => {
  it("let history readers read, and only tier editors save", async () => {
    const current = (await as("admin").tierMap.get()).map?.version ?? 0;
    const map = { tiers: { [uniqueId("api")]: 1 as const } };
    expect(await trpcCodeOf(createCaller(anonymousContext(new Headers(), webPorts())).tierMap.get())).toBe("UNAUTHORIZED");
    expect(await trpcCodeOf(as("agent").tierMap.get())).toBe("FORBIDDEN");
    expect(await trpcCodeOf(as("agent").tierMap.versions())).toBe("FORBIDDEN");
    expect(await trpcCodeOf(as("manager").tierMap.get())).toBe("OK");
    expect(await trpcCodeOf(as("manager").tierMap.versions())).toBe("OK");
    await expect(as("manager").tierMap.save({ map, expectedVersion: current })).rejects.toThrow("Editing the tier map needs the designer, publisher or admin role; you are a manager");
    expect(await trpcCodeOf(as("agent").tierMap.save({ map, expectedVersion: current }))).toBe("FORBIDDEN");

    const saved = await as("designer").tierMap.save({ map, expectedVersion: current });
    expect(saved).toMatchObject({ saved: true, map: { version: current + 1 } });
    const versions = await as("manager").tierMap.versions({ limit: 1 });
    expect(versions[0]).toMatchObject({ number: current + 1, author: "designer@test.local" });
  });

  it("answers CONFLICT with a readable message when someone saved in between", async () => {
    const current = (await as("admin").tierMap.get()).map?.version ?? 0;
    await as("publisher").tierMap.save({ map: { tiers: { [uniqueId("first")]: 2 } }, expectedVersion: current });
    const stale = as("designer").tierMap.save({ map: { tiers: { [uniqueId("second")]: 3 } }, expectedVersion: current });
    expect(await trpcCodeOf(stale)).toBe("CONFLICT");
    await expect(stale).rejects.toThrow(/was saved by publisher@test\.local since; reload/);
  });

  it("refuses a tier outside 1–3 with the field named", async () => {
    await expect(as("admin").tierMap.save({ map: { tiers: { x: 4 as never } } })).rejects.toThrow("Tier must be 1, 2 or 3");
  });
});
