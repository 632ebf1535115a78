import "server-only";
import { assertNever } from "../../../workflows/model/assert-never";
import { convertAction } from "./convert-action";
import type { ActionStep, ConvertOptions, UnsupportedItem } from "./conversion-types";
import { translatePlaceholders } from "./translate-placeholders";
import type { TZendeskAction } from "./zendesk-trigger-schema";

export interface ActionsConversion {
  steps: ActionStep[];
  unsupported: UnsupportedItem[];
  notes: string[];
}

/**
 * Zendesk applies a rule's actions together; the flow runs them as a chain. Neighbouring field changes
 * merge into one set-fields node and neighbouring tag changes into one tag node, so the canvas reads
 * like the Zendesk rule.
 *
 * Comments: the flow has no node that posts a fixed comment, except a resolve node's closing message.
 * So a public comment converts only when the same rule also sets the status to solved (the common
 * "reply and solve" trigger): both become one resolve node, placed after the other actions and before
 * a CSAT survey. Any other comment (public without solving, or an internal note) is listed as
 * unsupported, because sending it as something else (an AI reply, a Slack message) would change who
 * reads it.
 */
export function convertActions(actions: readonly TZendeskAction[], options: ConvertOptions): ActionsConversion {
  const outcomes = actions.map((a) => convertAction(a, options));
  const unsupported: UnsupportedItem[] = [];
  const notes: string[] = [];
  const reject = (index: number, reason: string) => {
    const a = actions[index]!;
    unsupported.push({ kind: "action", index, field: a.field, value: a.value, reason });
  };

  const commentAt = outcomes.findIndex((o) => o.kind === "comment");
  const isPublic = outcomes.every((o) => o.kind !== "comment-mode" || o.isPublic);
  const solvedAt = outcomes.findIndex((o) => o.kind === "fields" && o.status === "solved");
  const resolveWithComment = commentAt >= 0 && isPublic && solvedAt >= 0;

  const steps: ActionStep[] = [];
  let resolve: ActionStep | undefined;
  outcomes.forEach((o, index) => {
    switch (o.kind) {
      case "fields": {
        if (o.note !== undefined) notes.push(o.note);
        const { status, priority, fields } = index === solvedAt && resolveWithComment ? { ...o, status: undefined } : o;
        if (status === undefined && priority === undefined && fields === undefined) return;
        const last = steps.at(-1);
        if (last?.type === "set-fields") {
          last.data = { ...last.data, ...(status ? { status } : {}), ...(priority ? { priority } : {}), fields: { ...last.data.fields, ...fields } };
          last.from.push(index);
          return;
        }
        steps.push({ type: "set-fields", from: [index], data: { label: "Set fields", ...(status ? { status } : {}), ...(priority ? { priority } : {}), fields: { ...fields } } });
        return;
      }
      case "tags": {
        if (o.note !== undefined) notes.push(o.note);
        const last = steps.at(-1);
        if (last?.type === "tag") {
          last.data = { ...last.data, add: [...last.data.add, ...o.add], remove: [...last.data.remove, ...o.remove] };
          last.from.push(index);
          return;
        }
        steps.push({ type: "tag", from: [index], data: { label: "Tag", add: o.add, remove: o.remove } });
        return;
      }
      case "route":
        steps.push({ type: "route", from: [index], data: o.data });
        return;
      case "notify":
        notes.push(o.note);
        steps.push({ type: "notify", from: [index], data: o.data });
        return;
      case "csat":
        steps.push({ type: "csat-survey", from: [index], data: o.data });
        return;
      case "comment":
        if (index !== commentAt) return reject(index, "only one comment per rule is converted");
        if (!isPublic) return reject(index, "internal notes have no counterpart in the flow");
        if (!resolveWithComment) return reject(index, "the flow posts a fixed public reply only as a resolve node's closing message, and this rule does not solve the ticket; use an ai-reply node or add status: solved");
        resolve = { type: "resolve", from: [solvedAt, index], data: { label: "Reply and solve", message: commentText(o.text, notes) } };
        return;
      case "comment-mode":
        if (commentAt < 0) notes.push(`Action ${index} (comment_mode_is_public) has no effect without a comment and was left out.`);
        return;
      case "unsupported":
        return reject(index, o.reason);
      default:
        return assertNever(o);
    }
  });

  if (resolve !== undefined) {
    const csatAt = steps.findIndex((s) => s.type === "csat-survey");
    steps.splice(csatAt < 0 ? steps.length : csatAt, 0, resolve);
  }
  return { steps, unsupported, notes };
}

function commentText(text: string, notes: string[]): string {
  const translated = translatePlaceholders(text);
  if (translated.unknown.length > 0) notes.push(`The closing message keeps Zendesk placeholders the flow does not fill: ${translated.unknown.join(", ")}.`);
  return translated.text;
}

