/**
 * Which clicks leave the page for another page of the studio. Those are the ones an unsaved-changes guard
 * has to stop and ask about; a click the browser handles itself (a new tab, a download, another site) or
 * one that stays on this page (an anchor on it) goes through untouched.
 */
export interface LinkClick {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface LinkTarget {
  /** The anchor's resolved href (a full URL). */
  href: string;
  target: string;
  download: boolean;
}

/** The in-app path (with query and hash) the click would navigate to, or undefined when it needs no guard. */
export function guardedDestination(click: LinkClick, link: LinkTarget, here: { href: string; origin: string }): string | undefined {
  if (click.defaultPrevented || click.button !== 0) return undefined;
  if (click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return undefined;
  if (link.download || (link.target !== "" && link.target !== "_self")) return undefined;
  let url: URL;
  try {
    url = new URL(link.href, here.href);
  } catch {
    return undefined;
  }
  if (url.origin !== here.origin) return undefined;
  const current = new URL(here.href);
  if (url.pathname === current.pathname && url.search === current.search) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
