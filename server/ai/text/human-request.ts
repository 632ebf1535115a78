import "server-only";
import { cueClauses } from "./cue-text";

/**
 * Does the customer ask for a human? Phrase patterns over each clause, with negation handling so "I don't
 * need an agent, just the link" is not a request while "why can't I talk to a person" is.
 */
const PEOPLE = "(?:human(?: being)?|person|people|agent|representative|rep|manager|supervisor|operator|staff(?: member)?|employee|advisor|adviser|team member)";
const ANYONE = `(?:someone|somebody|anyone|anybody|${PEOPLE})`;
const DET = "(?:(?:a|an|the|some|your|any|one of your|my|me|with|to|me to|me with|me through to)\\s+)*";
const ADJ = "(?:(?:real|actual|live|human|proper|breathing|customer service|customer support|support|account|senior)\\s+)*";

const REQUESTS: readonly RegExp[] = [
  // speak / talk / chat to someone, connect / transfer / put me through to an agent
  new RegExp(`\\b(?:speak|talk|chat|connect me|transfer me|put me through|escalate (?:this|me|it|my \\w+))\\s+${DET}${ADJ}${ANYONE}\\b`),
  // get / need / want / reach / contact a human
  new RegExp(`\\b(?:get|need|want|reach|contact|give me|request|demand|see)\\s+${DET}${ADJ}${PEOPLE}\\b`),
  /\b(?:real|actual|live) (?:human|person|people|agent)\b/,
  /\bhuman being\b/,
  /\b(?:call|phone|ring) me\b/,
  /\bgive me a (?:call|ring)\b/,
  /\b(?:can|could|will|would) (?:someone|somebody|anyone|you) (?:please )?(?:call|phone|ring)\b/,
  /\btransfer me\b/,
  /\bescalate (?:this|my (?:case|ticket|issue|complaint))\b/,
  // a bare "human" / "agent please" as the whole clause
  /^ (?:a |an )?(?:human|agent|representative|operator|person|real person)(?: please| pls| now)* $/,
];

/** Complaints about talking to a machine are requests even though they are phrased negatively. */
const BOT_COMPLAINTS: readonly RegExp[] = [
  /\bstop sending (?:me )?(?:\w+ )?(?:bots?|robots?|automated|canned|template)/,
  /\b(?:is this|are you|am i (?:talking|speaking|chatting) (?:to|with)) (?:a |an |just a )?(?:bot|robot|machine|ai|automated)\b/,
  /\b(?:are you|is this) (?:a )?(?:real|human|real person)\b/,
  /\bno more (?:bots?|robots?|automated)\b/,
  /\b(?:dont|do not|dont want to|do not want to) (?:talk|speak|chat) (?:to|with) (?:a |the |your )?(?:bot|robot|machine)\b/,
  /\b(?:tired|sick|fed up) of (?:this |the |your )?(?:bots?|robots?|automated)/,
];

/**
 * Negations that cancel a request: a "no need" phrase a few words before it ("I don't need to speak to
 * anyone"), a bare "don't" right before the verb ("please don't call me"), or "not needed" after it.
 * "can't" and "won't let me" are not negations here: "why can't I talk to a person" is a request.
 */
const NEGATED_BEFORE = new RegExp(
  "(?:\\b(?:(?:dont|do not|didnt|did not|doesnt|does not|wont|will not|not|never|no)(?: really| even| actually)? " +
    "(?:need|needs|want|wanna|require|asking|ask|looking|necessary|have to|bother)|no need|needn t|neednt|without|rather not|" +
    "never mind|nevermind|instead of|no longer)(?: \\w+){0,4} $)|(?:\\b(?:dont|do not|never)(?: \\w+)? $)",
);
const NO_BEFORE = /\bno $/;
const NOT_NEEDED_AFTER = /^ (?:is |are )?(?:not |no longer )?(?:needed|necessary|required)\b/;
const EXPLICITLY_NOT_NEEDED_AFTER = /^ (?:is |are )?(?:not|isnt|arent|no longer) (?:needed|necessary|required)\b/;

export function asksForHuman(text: string): boolean {
  for (const clause of cueClauses(text)) {
    if (BOT_COMPLAINTS.some((re) => re.test(clause))) return true;
    for (const re of REQUESTS) {
      const m = re.exec(clause);
      if (m && !isNegated(clause, m.index, m.index + m[0].length)) return true;
    }
  }
  return false;
}

function isNegated(clause: string, start: number, end: number): boolean {
  const before = `${clause.slice(0, start)} `.replace(/\s+/g, " ");
  const after = ` ${clause.slice(end)}`.replace(/\s+/g, " ");
  return NEGATED_BEFORE.test(before) || (NO_BEFORE.test(before) && NOT_NEEDED_AFTER.test(after)) || EXPLICITLY_NOT_NEEDED_AFTER.test(after);
}
