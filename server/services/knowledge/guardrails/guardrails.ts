import "server-only";
import type { Guardrail, PrismaClient } from "@prisma/client";
import { checkGuardrails, type TGuardrailVerdict } from "../../../ai/guardrails/check-guardrails";
import { loadEnabledGuardrails } from "../../../ai/guardrails/load-guardrails";
import { GuardrailPatternError } from "../../../ai/guardrails/rule";
import { KbNotFoundError } from "../kb-article-errors";
import type { TGuardrailInput } from "./guardrail-schema";

export function listGuardrails(prisma: PrismaClient): Promise<Guardrail[]> {
  return prisma.guardrail.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export function createGuardrail(prisma: PrismaClient, input: TGuardrailInput): Promise<Guardrail> {
  return prisma.guardrail.create({ data: input });
}

export async function updateGuardrail(prisma: PrismaClient, id: string, input: Partial<TGuardrailInput>): Promise<Guardrail> {
  const found = await prisma.guardrail.findUnique({ where: { id }, select: { id: true } });
  if (found === null) throw new KbNotFoundError("Guardrail", id);
  return prisma.guardrail.update({ where: { id }, data: input });
}

export async function deleteGuardrail(prisma: PrismaClient, id: string): Promise<void> {
  const deleted = await prisma.guardrail.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new KbNotFoundError("Guardrail", id);
}

export interface DraftCheck {
  rulesChecked: number;
  verdict: TGuardrailVerdict;
  /** A rule whose pattern cannot be compiled blocks every draft; this says which and why. */
  problem: string | null;
}

/** "Test a draft": the enabled rules, loaded as drafts load them, run on pasted text. */
export async function testDraftAgainstGuardrails(prisma: PrismaClient, text: string, category: string | null): Promise<DraftCheck> {
  const rules = await loadEnabledGuardrails(prisma);
  try {
    return { rulesChecked: rules.length, verdict: checkGuardrails(text, rules, category), problem: null };
  } catch (error) {
    if (!(error instanceof GuardrailPatternError)) throw error;
    return { rulesChecked: rules.length, verdict: { ok: false, rule: error.rule, matched: "" }, problem: error.message };
  }
}
