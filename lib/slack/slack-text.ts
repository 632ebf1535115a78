/**
 * Slack's message text ("mrkdwn") treats `<…>` as a command: `<!channel>` pings everyone, `<@U123>` mentions someone,
 * `<https://a|b>` shows b and links to a. Only links the studio builds itself may be links, so every piece of
 * customer or user text goes through `slackEscape` before it joins a message, and links are made by `slackLink`.
 * Slack asks for exactly these three characters to be escaped, and for nothing else.
 */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A link of ours: `<url|label>`. The URL may carry a request's origin, so `|` (which would end the URL early and
 * let the rest pose as the label) is percent-encoded, and `&`, `<`, `>` are escaped like any text.
 */
export function slackLink(url: string, label: string): string {
  return `<${slackEscape(url.replace(/\|/g, "%7C"))}|${slackEscape(label).replace(/\|/g, "¦")}>`;
}

/** Slack text a builder made from escaped pieces and links of its own, to be sent as it is. */
export interface SlackMarkup {
  readonly mrkdwn: string;
}
