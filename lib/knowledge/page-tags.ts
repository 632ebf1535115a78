/**
 * Page tags: the pages a knowledge article applies to, so retrieval can prefer it for a customer writing from one
 * of them. A tag is either a path prefix on any site ("/billing", "/checkout/payment") or a full address, which
 * also names the site ("https://help.example.com/billing"; the bare site "https://help.example.com" is all of it).
 * A tag matches a page segment by segment: "/billing" matches "/billing" and "/billing/invoices", never
 * "/billing-faq". Query strings, fragments and trailing slashes never matter, and letter case does not either:
 * people type tags by hand and help centres do not tell "/Billing" from "/billing".
 *
 * Pure and client-safe: the editor checks tags as they are typed with the same function the server validates with.
 */

export const MAX_PAGE_TAG_LENGTH = 500;

export type TPageTagCheck = { ok: true; tag: string } | { ok: false; error: string };

/** A tag read for matching: the site (lower case, with any port), or null for any site, and the path prefix. */
export interface TPageTag {
  host: string | null;
  /** Lower case, no trailing slash; "/" only for a whole site. */
  path: string;
}

/** Where a customer was: the page's site (null when only a path was given) and its path. */
export interface TPageLocation {
  host: string | null;
  path: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const PATH_BASE = "http://page.invalid";

/** Checks a tag as a person typed it and gives its stored form, or says what is wrong in the user's words. */
export function normalisePageTag(raw: string): TPageTagCheck {
  const text = raw.trim();
  if (text === "") return { ok: false, error: "A page is empty: write a path such as /billing or a full address." };
  if (text.length > MAX_PAGE_TAG_LENGTH) return { ok: false, error: `The page “${text.slice(0, 40)}…” is longer than ${MAX_PAGE_TAG_LENGTH} characters.` };
  if (text.startsWith("//")) return { ok: false, error: `“${text}” has no scheme: write it as https:${text}.` };
  if (SCHEME.test(text)) {
    const url = parseUrl(text);
    if (url !== null && url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, error: `“${text}” is not a web page: only http:// and https:// addresses can be pages.` };
    if (url === null || url.host === "") return { ok: false, error: `“${text}” is not a web address.` };
    const path = canonicalPath(url.pathname);
    return { ok: true, tag: `${url.protocol}//${url.host}${path === "/" ? "" : path}` };
  }
  if (text.startsWith("/")) {
    const path = canonicalPath(new URL(text, PATH_BASE).pathname);
    if (path === "/") return { ok: false, error: "“/” would be every page: name a part of the site, such as /billing." };
    return { ok: true, tag: path };
  }
  const looksLikeSite = /^[^/\s]+\.[a-z]{2,}(\/|$)/i.test(text);
  return {
    ok: false,
    error: looksLikeSite
      ? `“${text}” needs its scheme: write https://${text}, or only the path (such as /${text.split("/").slice(1).join("/") || "billing"}).`
      : `“${text}” is not a page: start a path with / (such as /${text.replace(/^\/*/, "").split(/[?#\s]/)[0] || "billing"}) or write a full address (https://…).`,
  };
}

/** A stored tag read for matching; null for anything that is not a valid tag (matched by nothing). */
export function parsePageTag(tag: string): TPageTag | null {
  const checked = normalisePageTag(tag);
  if (!checked.ok) return null;
  if (checked.tag.startsWith("/")) return { host: null, path: checked.tag.toLowerCase() };
  const url = parseUrl(checked.tag)!;
  return { host: url.host.toLowerCase(), path: canonicalPath(url.pathname).toLowerCase() };
}

/**
 * The page a ticket came from: a full http(s) address, or a path starting with "/" (a site that sends only the
 * path). Anything else (empty, a relative path, another scheme, garbage) is no page: it matches no tag.
 */
export function parsePageLocation(pageUrl: string | null | undefined): TPageLocation | null {
  const text = pageUrl?.trim() ?? "";
  if (text === "") return null;
  if (text.startsWith("/") && !text.startsWith("//")) return { host: null, path: canonicalPath(new URL(text, PATH_BASE).pathname).toLowerCase() };
  if (!SCHEME.test(text)) return null;
  const url = parseUrl(text);
  if (url === null || (url.protocol !== "http:" && url.protocol !== "https:") || url.host === "") return null;
  return { host: url.host.toLowerCase(), path: canonicalPath(url.pathname).toLowerCase() };
}

/** Whether one tag covers the page. A site's tag needs the page's site; a path tag takes any site. */
export function pageTagMatches(tag: TPageTag, page: TPageLocation): boolean {
  if (tag.host !== null && tag.host !== page.host) return false;
  if (tag.path === "/") return true;
  return page.path === tag.path || page.path.startsWith(`${tag.path}/`);
}

/** The tags (as stored) that cover the page, in their order; none for no page. */
export function matchingPageTags(tags: readonly string[], pageUrl: string | null | undefined): string[] {
  const page = parsePageLocation(pageUrl);
  if (page === null) return [];
  return tags.filter((t) => {
    const tag = parsePageTag(t);
    return tag !== null && pageTagMatches(tag, page);
  });
}

/** Whether any of the tags covers the page. */
export function matchesPage(tags: readonly string[], pageUrl: string | null | undefined): boolean {
  return matchingPageTags(tags, pageUrl).length > 0;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Repeated slashes read as one and a trailing slash is dropped: "/billing//invoices/" is "/billing/invoices". */
function canonicalPath(pathname: string): string {
  const path = pathname.replace(/\/{2,}/g, "/").replace(/\/+$/, "");
  return path === "" ? "/" : path;
}
