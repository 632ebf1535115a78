import { slackEscape as escape, slackLink } from "../slack/slack-text";
import { reviewDocument, type TReviewState } from "./document";

const ITEMS_PER_SECTION = 5;

/**
 * The review as a short Slack message: the headline figures, the first items of each section (checked ones
 * marked), and the link to the whole review. Slack's own link syntax, <url|text>, for that link only; people's text
 * is escaped as Slack asks (&, <, >), so none of it becomes a link or a mention.
 */
export function reviewSlackDigest(state: TReviewState, origin: string): string {
  const lines: string[] = [];
  let shown = 0;
  let hidden = 0;
  const flushHidden = () => {
    if (hidden > 0) lines.push(`   _and ${hidden} more_`);
    hidden = 0;
  };
  for (const block of reviewDocument(state, origin)) {
    if (block.kind === "heading") {
      flushHidden();
      shown = 0;
      lines.push(block.level === 1 ? `*${escape(block.text)}*` : `\n*${escape(block.text)}*`);
    } else if (block.kind === "paragraph") {
      lines.push(escape(block.text));
    } else if (shown < ITEMS_PER_SECTION) {
      shown++;
      lines.push(`${block.checked ? "☑" : "☐"} ${escape(block.title)}`);
    } else {
      hidden++;
    }
  }
  flushHidden();
  lines.push("", slackLink(`${origin}/review/${state.snapshot.week}`, "Open the review"));
  return lines.join("\n");
}
