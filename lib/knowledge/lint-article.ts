import { plainOf, readArticle, wordCount, type MdArticle, type MdBlock, type MdInline } from "./markdown-blocks";
import { isSafeHref } from "./safe-href";

/**
 * The structure lint: what makes an article hard for a customer to scan and for retrieval to quote. Each rule is
 * a warning, never a refusal to save. Thresholds are the ones support writers use: a paragraph a reader takes in
 * at a glance, the answer before any preamble.
 */
export const LINT_LIMITS = {
  paragraphWords: 120,
  wordsBeforeHeadings: 150,
  answerWithinWords: 50,
  articleWords: 800,
} as const;

export const LINT_CODES = ["long-paragraph", "missing-headings", "answer-late", "too-long", "broken-link", "empty-section"] as const;
export type TLintCode = (typeof LINT_CODES)[number];

export interface LintWarning {
  code: TLintCode;
  message: string;
  line?: number;
}

/** Openings that delay the answer: greetings, apologies, "this article explains...". */
const THROAT_CLEARING =
  /^(thank(s| you)\b|we('re| are) (sorry|happy|glad|here)|we understand|we know\b|sorry\b|hi\b|hello\b|welcome\b|great question|in this (article|guide)|this (article|guide|page) (explains|describes|covers|will)|as you (may|might) know|at \w+,? we\b|we (value|appreciate)|it('s| is) (important|frustrating))/i;

/** Verbs an instruction starts with; a sentence starting with one of them is an answer. */
const IMPERATIVE = new Set(
  ("open tap click go select choose check enter type wait contact call reply freeze unfreeze order request confirm " +
    "use visit sign log follow download send reset change update add remove cancel close activate pay top make " +
    "turn set find look scan write ask keep try restart install move transfer verify upload report block lock " +
    "unlock switch enable disable save share review fill attach").split(" "),
);

export function lintArticle(body: string, opts: { knownArticleIds?: ReadonlySet<string> } = {}): LintWarning[] {
  return lintRead(readArticle(body), opts);
}

/**
 * The lint as stored with an article when it is saved: every warning but "points to an article that does not
 * exist" (other articles come and go after the save), and the articles its links name, so that warning can be
 * counted later against the articles that exist then.
 */
export function lintForStorage(body: string): { warnings: LintWarning[]; linkedArticleIds: string[] } {
  const article = readArticle(body);
  const linkedArticleIds = article.links.flatMap((link) => {
    const id = link.href !== "" && isSafeHref(link.href) ? articleIdOf(link.href) : undefined;
    return id === undefined ? [] : [id];
  });
  return { warnings: lintRead(article, {}), linkedArticleIds };
}

/** What `lintArticle(...).length` gives, from a stored lint and the articles that exist now. */
export function storedLintCount(stored: { warnings: number; linkedArticleIds: readonly string[] }, known: ReadonlySet<string>): number {
  return stored.warnings + stored.linkedArticleIds.filter((id) => !known.has(id)).length;
}

function lintRead({ blocks, links }: MdArticle, opts: { knownArticleIds?: ReadonlySet<string> }): LintWarning[] {
  const warnings: LintWarning[] = [];
  const words = blocks.reduce((n, b) => n + blockWords(b), 0);

  for (const block of blocks) {
    if (block.kind !== "paragraph") continue;
    const n = wordCount(block.text);
    if (n > LINT_LIMITS.paragraphWords)
      warnings.push({ code: "long-paragraph", line: block.line, message: `A paragraph of ${n} words (line ${block.line}): break it up or make it a list (at most ${LINT_LIMITS.paragraphWords}).` });
  }

  const subheadings = blocks.filter((b, i) => b.kind === "heading" && !(i === 0 && b.level === 1));
  if (words > LINT_LIMITS.wordsBeforeHeadings && subheadings.length === 0)
    warnings.push({ code: "missing-headings", message: `${words} words with no section headings: add ## headings so readers and retrieval find the part they need.` });

  const late = answerProblem(blocks);
  if (late !== null) warnings.push(late);

  if (words > LINT_LIMITS.articleWords)
    warnings.push({ code: "too-long", message: `${words} words: split it into articles of at most ${LINT_LIMITS.articleWords} words, one question each.` });

  for (const link of links) {
    const problem = linkProblem(link.href, opts.knownArticleIds);
    if (problem !== null) warnings.push({ code: "broken-link", line: link.line, message: `The link "${link.text || link.href}" (line ${link.line}) ${problem}.` });
  }

  blocks.forEach((block, i) => {
    if (block.kind !== "heading") return;
    const next = blocks[i + 1];
    const empty = next === undefined || (next.kind === "heading" && next.level <= block.level);
    if (empty) warnings.push({ code: "empty-section", line: block.line, message: `The section "${block.text}" (line ${block.line}) is empty.` });
  });
  return warnings;
}

function blockWords(block: MdBlock): number {
  switch (block.kind) {
    case "heading":
    case "paragraph":
    case "quote":
      return wordCount(block.text);
    case "list":
      return block.items.reduce((n, item) => n + wordCount(item.text) + item.nested.reduce((m, b) => m + blockWords(b), 0), 0);
    case "code":
      return wordCount(block.text);
    case "rule":
      return 0;
    default: {
      const never: never = block;
      return never;
    }
  }
}

/** The first content (after a leading title) must open with the answer: no preamble, an instruction or fact early. */
function answerProblem(blocks: MdBlock[]): LintWarning | null {
  const content = blocks.filter((b, i) => !(i === 0 && b.kind === "heading" && b.level === 1));
  const first = content.find((b) => b.kind !== "heading" && b.kind !== "rule");
  if (first === undefined) return null;
  const firstText = first.kind === "list" ? first.items.map((item) => item.text).join(" ") : first.text;
  if (THROAT_CLEARING.test(firstText.trim()))
    return { code: "answer-late", line: first.line, message: `The article opens with a preamble ("${firstText.split(/(?<=[.!?])\s/)[0]!.slice(0, 60)}"): start with the answer.` };

  let seen = 0;
  for (const block of content) {
    if (block.kind === "heading" || block.kind === "rule") continue;
    if (block.kind === "list") {
      if (seen < LINT_LIMITS.answerWithinWords) return null; // steps are an answer
      break;
    }
    const bold = block.kind === "code" ? [] : boldTexts(block.inline);
    for (const sentence of block.text.split(/(?<=[.!?])\s+/)) {
      if (seen >= LINT_LIMITS.answerWithinWords) break;
      if (looksLikeAnswer(sentence, bold)) return null;
      seen += wordCount(sentence);
    }
    if (seen >= LINT_LIMITS.answerWithinWords) break;
  }
  return {
    code: "answer-late",
    line: first.line,
    message: `No instruction or concrete fact in the first ${LINT_LIMITS.answerWithinWords} words: put the answer in the first lines.`,
  };
}

/** The texts set in bold in a block. */
function boldTexts(inline: readonly MdInline[]): string[] {
  return inline.flatMap((node) => (node.kind === "strong" ? [plainOf(node.children)] : node.kind === "em" || node.kind === "link" ? boldTexts(node.children) : []));
}

function looksLikeAnswer(sentence: string, bold: readonly string[]): boolean {
  // A bold UI path ("**Cards > Track delivery**") tells the reader where to go.
  if (bold.some((b) => b.trim() !== "" && sentence.includes(b))) return true;
  // "To reset it, open ..." and "If it is late, order ..." answer too: look past a leading clause.
  const core = sentence.replace(/^(to|if|when|once|after|before)\b[^,]{0,80},\s*/i, "").trim();
  const firstWord = /^[\p{L}']+/u.exec(core)?.[0]?.toLowerCase() ?? "";
  if (IMPERATIVE.has(firstWord)) return true;
  if (/^(yes|no)\b/i.test(core) || /\byou (can|can't|cannot|will|need to|should|must)\b/i.test(core)) return true;
  return /\d/.test(core);
}

function linkProblem(href: string, known: ReadonlySet<string> | undefined): string | null {
  if (href === "") return "has no target";
  if (!isSafeHref(href)) return `points to "${href}", which is not a web address, mail address or studio path`;
  const article = articleIdOf(href);
  if (article !== undefined && known !== undefined && !known.has(article)) return "points to an article that does not exist";
  return null;
}

/** The article a studio link opens, if it opens one (not the list's own pages). */
function articleIdOf(href: string): string | undefined {
  const id = /^\/knowledge\/([^/?#]+)/.exec(href)?.[1];
  return id === undefined || ["new", "gaps", "guardrails", "import"].includes(id) ? undefined : id;
}
