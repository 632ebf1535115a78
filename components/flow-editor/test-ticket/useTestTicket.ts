"use client";

import { useCallback, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/components/providers/trpc-provider";
import { errorText } from "@/components/ui/error-text";
import type { TTestTicketInput, TTestTicketTurn } from "@/lib/flows/test-ticket";
import type { TTestTicketResult } from "@/lib/flows/test-ticket-result";
import type { SavedGraph } from "../lib/convert";

/** The customer and their first message, as the form holds them; `run` is "draft" or a version's id. */
export interface TestTicketSetup {
  subject: string;
  body: string;
  channel: NonNullable<TTestTicketInput["ticket"]["channel"]>;
  pageUrl: string;
  customerName: string;
  plan: string;
  enterprise: boolean;
  contactsLast24h: number;
  run: string;
}

export const NEW_SETUP: TestTicketSetup = {
  subject: "",
  body: "",
  channel: "chat",
  pageUrl: "",
  customerName: "Test customer",
  plan: "standard",
  enterprise: false,
  contactsLast24h: 1,
  run: "draft",
};

export interface TestTicketFailure {
  message: string;
  /** Set when the draft does not compile: how many problems the problems panel lists. */
  compileErrors: number | null;
}

interface Session {
  setup: TestTicketSetup;
  turns: TTestTicketTurn[];
  result: TTestTicketResult;
}

/**
 * One test conversation. The server keeps nothing, so every step sends the customer, the graph (the draft as the
 * editor holds it now, or the chosen version) and every turn so far, and shows the run it gets back.
 */
export function useTestTicket(flowId: string, currentGraph: () => SavedGraph) {
  const trpc = useTRPC();
  const { mutateAsync, isPending } = useMutation(trpc.flows.testTicket.mutationOptions());
  const [session, setSession] = useState<Session | null>(null);
  const [failure, setFailure] = useState<TestTicketFailure | null>(null);

  const run = useCallback(
    async (setup: TestTicketSetup, turns: TTestTicketTurn[]): Promise<boolean> => {
      setFailure(null);
      const { run: target, ...ticket } = setup;
      try {
        const result = await mutateAsync({
          flowId,
          target: target === "draft" ? { kind: "draft", graph: currentGraph() } : { kind: "version", versionId: target },
          ticket,
          turns,
        });
        setSession({ setup, turns, result });
        return true;
      } catch (e) {
        setFailure(failureOf(e));
        return false;
      }
    },
    [flowId, currentGraph, mutateAsync],
  );

  return {
    session,
    failure,
    running: isPending,
    start: (setup: TestTicketSetup) => run(setup, []),
    /** Adds the customer's (or agent's) reply, or a timeout, and runs again. */
    send: (turn: TTestTicketTurn) => (session === null ? Promise.resolve(false) : run(session.setup, [...session.turns, turn])),
    /** The same conversation again, on the draft as it is now. */
    rerun: () => (session === null ? Promise.resolve(false) : run(session.setup, session.turns)),
    reset: () => {
      setSession(null);
      setFailure(null);
    },
  };
}

function failureOf(error: unknown): TestTicketFailure {
  const data = error instanceof TRPCClientError ? (error.data as { compileErrors?: unknown[] | null } | undefined) : undefined;
  const errors = data?.compileErrors ?? null;
  if (errors !== null && errors.length > 0) {
    return { message: `The draft does not compile: ${errors.length} ${errors.length === 1 ? "problem" : "problems"} to fix first.`, compileErrors: errors.length };
  }
  return { message: `The test could not run: ${errorText(error)}`, compileErrors: null };
}
