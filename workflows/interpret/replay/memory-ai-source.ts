import type { AiAnswerSource, AiRequest } from "./types";
import { AnswerTable } from "./answer-table";

export interface MemoryAiSource extends AiAnswerSource {
  /** The answers, filled by resolve. */
  readonly answers: AnswerTable;
  /** How many resolve calls were made, and with how many requests in all: tests check the batching with them. */
  readonly stats: { resolveCalls: number; requests: number };
}

/** An AiAnswerSource that answers from a function into a Map: for tests and benchmarks (no database, no model). */
export function memoryAiSource(answer: (request: AiRequest) => unknown, modelVersion = "test"): MemoryAiSource {
  const answers = new AnswerTable();
  const stats = { resolveCalls: 0, requests: 0 };
  return {
    modelVersion,
    answers,
    stats,
    lookup: (request) => answers.get(request),
    resolve: async (requests) => {
      stats.resolveCalls += 1;
      stats.requests += requests.length;
      for (const r of requests) if (!answers.has(r)) answers.set(r, answer(r));
    },
  };
}
