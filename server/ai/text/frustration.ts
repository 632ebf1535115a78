import "server-only";
import { cueText } from "./cue-text";

/**
 * Support-specific signs of frustration that a general sentiment lexicon misses or under-weights: repeat
 * contacts, waiting, escalation threats, shouting, sarcastic thanks. Strong cues alone mean frustrated;
 * weak ones (shouting, "!!!", mild complaints) only in pairs or with negative wording.
 */
export interface TFrustrationCues {
  strong: string[];
  weak: string[];
}

const STRONG: ReadonlyArray<[string, RegExp]> = [
  ["still waiting", /\bstill (?:waiting|not|no|nothing|havent|hasnt|have not|has not|dont|doesnt|cant|unresolved|broken|blocked|locked|frozen|missing|pending|declined|charging|charged|failing|down)\b/],
  ["repeat contact", /\b(?:this is|for) the (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b|\b(?:third|fourth|fifth|3rd|4th|5th) time\b|\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:email|message|call|request|attempt|ticket|complaint)s?\b|\bhow many times\b|\b(?:asked|called|emailed|contacted|written|wrote|tried|told you|messaged|chased)(?: \w+){0,2} (?:several|multiple|many|countless|numerous|\d+) times\b/],
  ["already explained", /\b(?:already|repeatedly) (?:told|explained|sent|contacted|asked|called|emailed|written|wrote|tried|reported)\b|\bkeep (?:asking|telling|getting|having|saying)\b|\bagain and again\b|\bover and over\b/],
  ["nobody helps", /\b(?:nobody|no one|noone) (?:has |is |will |ever |even |seems to )*(?:help|helped|helping|answer|answered|answering|respond|responded|responding|replied|reply|replying|gets back|got back|called|cares|care|listens|listening|bothered)\b/],
  ["no response", /\bno (?:response|reply|answer|update|one got back)s?\b|\b(?:never|havent|have not|hasnt|has not) (?:heard back|got a reply|received a (?:reply|response))\b|\bbeing ignored\b|\bignored\b/],
  ["waiting for days", /\b(?:waited|waiting|wait) (?:for |over |more than |almost |nearly )?(?:\w+ )?(?:days|weeks|months|hours|ages|forever)\b/],
  ["unacceptable", /\b(?:unacceptable|outrageous|disgraceful|disgusting|pathetic|appalling|absurd|fed up|sick of|sick and tired|had enough|last straw|waste of (?:my )?time|a joke|incompetent|useless|worst)\b/],
  // A plain "please close my account" is a request, not a threat: only "or I'll cancel", "switching to another bank".
  ["threat to leave", /\b(?:i will|ill|i am going to|im going to|going to|gonna|about to|or i|or ill|otherwise i|otherwise ill|unless \w+(?: \w+){0,6} i|considering|thinking of|thinking about) (?:\w+ )?(?:cancel|cancelling|canceling|close|closing|leave|leaving|switch|switching|move|moving|quit|quitting)\b|\b(?:switch|switching|move|moving|go|going) to (?:another|a different|a competitor|your competitor)\b|\btake my (?:business|money) elsewhere\b|\bleaving (?:you|your (?:bank|company|service))\b/],
  ["legal threat", /\b(?:sue|suing|lawyer|attorney|solicitor|legal action|court|ombudsman|regulator|consumer protection|small claims|trading standards)\b/],
  ["chargeback", /\b(?:chargeback|charge back|dispute (?:it|this) with my (?:bank|card))\b/],
  ["public complaint", /\b(?:bad|negative|1 star|one star) review\b|\b(?:post|posting|tweet|tell everyone) (?:this|about this)\b|\bsocial media\b|\btrustpilot\b/],
  ["negated gratitude", /\bthanks? (?:for nothing|a lot for nothing)\b|\bno thanks to (?:you|your)\b|\b(?:not|wasnt|was not|isnt|is not|didnt|did not|doesnt|does not|no) (?:at all |very |much |of any |any )?(?:help|helpful|helped|useful)\b/],
];

const WEAK: ReadonlyArray<[string, RegExp]> = [
  ["complaint words", /\b(?:ridiculous|annoyed|annoying|frustrated|frustrating|angry|furious|upset|disappointed|terrible|horrible|awful|seriously|wtf|ugh)\b/],
  ["again", /\bagain\b/],
  ["urgency", /\b(?:asap|immediately|right now|urgent|urgently)\b/],
];

/** Capitalised words that are not shouting. */
const ACRONYMS = new Set(["ATM", "PIN", "IBAN", "SWIFT", "BIC", "USD", "EUR", "GBP", "CVV", "CVC", "SMS", "OTP", "FAQ", "VAT", "API", "URL", "ID", "UK", "US", "EU", "SEPA", "ACH", "KYC", "PDF", "ASAP", "OK"]);

export function frustrationCues(text: string): TFrustrationCues {
  const t = cueText(text);
  const strong = STRONG.filter(([, re]) => re.test(t)).map(([name]) => name);
  const weak = WEAK.filter(([, re]) => re.test(t)).map(([name]) => name);
  if (isShouting(text)) weak.push("shouting");
  // Each burst of "!!" or "?!" counts; two bursts are as telling as two weak words.
  const bursts = text.match(/[!?]*(?:!!|\?!|!\?)[!?]*/g)?.length ?? 0;
  if (bursts >= 1) weak.push("exclamations");
  if (bursts >= 2) weak.push("repeated exclamations");
  return { strong, weak };
}

/** Three or more all-caps words (not acronyms), or a mostly upper-case message of some length. */
export function isShouting(text: string): boolean {
  const capsWords = (text.match(/\b\p{Lu}{3,}\b/gu) ?? []).filter((w) => !ACRONYMS.has(w));
  if (capsWords.length >= 3) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 8) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length > 0.7;
}
