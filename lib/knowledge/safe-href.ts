/**
 * Where an article's link may point: web pages and mail addresses written with their scheme, and places inside the
 * studio. Decided by parsing the target the way a browser does, against a stand-in for the studio's own origin, and
 * checking where it lands: "/\evil.example" and "//evil.example" read like paths but a browser takes them to another
 * site, and "java\tscript:" is "javascript:" once the tab is dropped.
 */
const SELF = "https://studio.invalid";

/** The address to put in the link, or null when the target must stay plain text. */
export function safeHref(href: string): string | null {
  const raw = href.trim();
  if (raw === "" || raw === "#") return null;
  let url: URL;
  try {
    url = new URL(raw, SELF);
  } catch {
    return null;
  }
  if (url.origin === SELF) return raw.startsWith("#") ? url.hash : `${url.pathname}${url.search}${url.hash}`;
  // Another site only when the article says so with the scheme, never by a path that a browser reads as a host.
  const explicit = /^[a-z][a-z0-9+.-]*:/i.exec(raw)?.[0].toLowerCase();
  // An absolute address is parsed by the browser exactly as here (no base involved), so it is kept as written.
  if ((url.protocol === "https:" || url.protocol === "http:") && (explicit === "https:" || explicit === "http:") && url.hostname !== "") return raw;
  if (url.protocol === "mailto:" && explicit === "mailto:" && url.pathname.includes("@")) return raw;
  return null;
}

export function isSafeHref(href: string): boolean {
  return safeHref(href) !== null;
}
