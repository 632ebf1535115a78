import "server-only";
import type { IntercomClient } from "intercom-client";
import { callIntercom, readAnswer } from "./call-intercom";
import { ZIntercomTagListSchema, ZIntercomTagSchema } from "./responses";

export interface TagDirectory {
  /** The tag's id, or null when the workspace has no tag of that name. */
  find(name: string): Promise<string | null>;
  /** The tag's id, creating the tag first when the workspace has none of that name. */
  findOrCreate(name: string, idempotencyKey: string): Promise<string>;
}

/**
 * Intercom tags a conversation by tag id while flows name tags, so one client reads the workspace's tags once and
 * remembers the ids it learns. Names match regardless of case, as a person reading the tag list would match them.
 */
export function createTagDirectory(sdk: IntercomClient): TagDirectory {
  let byName: Promise<Map<string, string>> | undefined;
  const load = (): Promise<Map<string, string>> => {
    byName ??= callIntercom(() => sdk.tags.list())
      .then((answer) => new Map(readAnswer(ZIntercomTagListSchema, answer, "the tag list").data.map((t) => [t.name.toLowerCase(), t.id])))
      .catch((error: unknown) => {
        byName = undefined;
        throw error;
      });
    return byName;
  };
  return {
    async find(name) {
      return (await load()).get(name.toLowerCase()) ?? null;
    },
    async findOrCreate(name, idempotencyKey) {
      const known = await load();
      const hit = known.get(name.toLowerCase());
      if (hit !== undefined) return hit;
      const answer = await callIntercom(() => sdk.tags.create({ name }, { headers: { "Idempotency-Key": idempotencyKey } }));
      const tag = readAnswer(ZIntercomTagSchema, answer, "the new tag");
      known.set(name.toLowerCase(), tag.id);
      return tag.id;
    },
  };
}
