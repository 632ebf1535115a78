/**
 * Where to go after signing in: a page of this site only, never "//evil.example", "https://…" or anything a browser
 * reads as another host. Decided by parsing the way the browser will (WHATWG URL, which drops tabs and newlines and
 * reads "\" as "/"), against a stand-in origin: whatever lands elsewhere, or back on the sign-in page, becomes "/"
 * (the role's home). The path handed back is the parsed one, so the browser cannot read it differently.
 */
const HERE = "http://studio.invalid";

// C0 controls and DEL: the URL parser silently drops some of them, which is how "/\t/evil.example" became "//evil.example".
const CONTROL = /[\u0000-\u001f\u007f]/;

export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || CONTROL.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE || url.username !== "" || url.password !== "") return "/";
  const path = url.pathname;
  // Decoded, a path such as "/%5Cevil.example" or "/%2F%2Fevil.example" still names a page here, but keep any path
  // whose decoded form starts like another host out anyway: some proxies decode before they forward.
  if (path.startsWith("/sign-in") || startsLikeAHost(path)) return "/";
  return `${path}${url.search}${url.hash}`;
}

function startsLikeAHost(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return CONTROL.test(decoded) || /^\/\s*[\\/]/.test(decoded);
}
