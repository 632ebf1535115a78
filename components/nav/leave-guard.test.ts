import { describe, expect, it } from "vitest";
import { guardedDestination, type LinkClick } from "./leave-guard";

const here = { href: "http://studio.test/flows/f1/edit", origin: "http://studio.test" };
const click: LinkClick = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const link = (href: string, extra: Partial<{ target: string; download: boolean }> = {}) => ({ href, target: "", download: false, ...extra });

describe("which link clicks the unsaved-changes guard stops", () => {
  it("stops a plain click to another studio page, keeping its query", () => {
    expect(guardedDestination(click, link("http://studio.test/flows"), here)).toBe("/flows");
    expect(guardedDestination(click, link("http://studio.test/backtests?flow=f1"), here)).toBe("/backtests?flow=f1");
  });

  it("lets through new tabs, modified clicks, other buttons and handled clicks", () => {
    expect(guardedDestination({ ...click, ctrlKey: true }, link("http://studio.test/flows"), here)).toBeUndefined();
    expect(guardedDestination({ ...click, metaKey: true }, link("http://studio.test/flows"), here)).toBeUndefined();
    expect(guardedDestination({ ...click, button: 1 }, link("http://studio.test/flows"), here)).toBeUndefined();
    expect(guardedDestination({ ...click, defaultPrevented: true }, link("http://studio.test/flows"), here)).toBeUndefined();
    expect(guardedDestination(click, link("http://studio.test/flows", { target: "_blank" }), here)).toBeUndefined();
    expect(guardedDestination(click, link("http://studio.test/export.csv", { download: true }), here)).toBeUndefined();
  });

  it("lets through other sites and anchors on this page", () => {
    expect(guardedDestination(click, link("https://docs.example.com/flows"), here)).toBeUndefined();
    expect(guardedDestination(click, link("http://studio.test/flows/f1/edit#problems"), here)).toBeUndefined();
  });
});
