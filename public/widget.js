/*
 * Flow Studio chat widget. Add it to any page with one tag:
 *
 *   <script src="https://<your studio>/widget.js" async data-label="Chat with us"></script>
 *
 * Optional attributes: data-label (the launcher's text), data-heading (the chat's title), data-color (a hex
 * colour, e.g. #0f766e) and data-position ("left" or "right"). The chat itself runs in an iframe served by the
 * studio, so this page's styles and scripts cannot reach it; the launcher sits in a shadow root for the same reason.
 */
(function () {
  "use strict";
  if (window.__flowStudioWidget) return;
  window.__flowStudioWidget = true;

  var TAG = "flow-studio-widget";
  var script =
    document.currentScript ||
    Array.prototype.filter.call(document.getElementsByTagName("script"), function (s) {
      return /\/widget\.js(?:[?#]|$)/.test(s.src);
    }).pop();
  if (!script) return;

  var origin = new URL(script.src, location.href).origin;
  var attr = function (name, fallback, max) {
    var value = (script.getAttribute(name) || "").trim();
    return value ? value.slice(0, max) : fallback;
  };
  var label = attr("data-label", "Chat with us", 40);
  var heading = attr("data-heading", "Support", 60);
  var color = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(attr("data-color", "", 7)) ? attr("data-color", "", 7) : "#4f46e5";
  var side = attr("data-position", "right", 5) === "left" ? "left" : "right";

  var css =
    ":host{all:initial}" +
    ".launcher{position:fixed;bottom:20px;" + side + ":20px;z-index:2147483646;display:flex;align-items:center;gap:8px;" +
    "padding:12px 18px;border:0;border-radius:999px;background:" + color + ";color:#fff;cursor:pointer;" +
    "font:600 15px/1.2 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;box-shadow:0 6px 20px rgba(0,0,0,.22)}" +
    ".launcher:hover{filter:brightness(1.08)}" +
    ".launcher:focus-visible{outline:3px solid #111;outline-offset:3px}" +
    ".launcher svg{width:20px;height:20px;flex:none}" +
    ".badge{min-width:20px;height:20px;padding:0 6px;box-sizing:border-box;border-radius:999px;background:#dc2626;color:#fff;" +
    "font:700 12px/20px system-ui,sans-serif;text-align:center}" +
    ".badge[hidden]{display:none}" +
    ".frame{position:fixed;bottom:84px;" + side + ":20px;z-index:2147483647;width:380px;height:min(640px,calc(100vh - 108px));" +
    "border:0;border-radius:16px;background:#fff;box-shadow:0 12px 40px rgba(0,0,0,.28);color-scheme:light}" +
    ".frame[hidden]{display:none}" +
    "@media (max-width:480px){.frame{inset:0;width:100%;height:100%;border-radius:0}.open .launcher{display:none}}";

  var icon =
    '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">' +
    '<path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/></svg>';

  function mount() {
    var host = document.createElement("div");
    host.setAttribute("data-flow-studio-widget", "");
    var root = host.attachShadow({ mode: "open" });
    var style = document.createElement("style");
    style.textContent = css;
    var wrap = document.createElement("div");

    var launcher = document.createElement("button");
    launcher.type = "button";
    launcher.className = "launcher";
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", "flow-studio-chat");
    launcher.innerHTML = icon;
    var text = document.createElement("span");
    text.textContent = label;
    var badge = document.createElement("span");
    badge.className = "badge";
    badge.hidden = true;
    launcher.appendChild(text);
    launcher.appendChild(badge);

    var frame = document.createElement("iframe");
    frame.id = "flow-studio-chat";
    frame.className = "frame";
    frame.title = heading + " chat";
    frame.hidden = true;
    var query = new URLSearchParams({ pageUrl: location.href, pageTitle: document.title, heading: heading, accent: color });
    frame.src = origin + "/widget/frame?" + query.toString();

    wrap.appendChild(frame);
    wrap.appendChild(launcher);
    root.appendChild(style);
    root.appendChild(wrap);
    document.body.appendChild(host);

    var open = false;
    var lastPage = "";
    function tell(message) {
      message.tag = TAG;
      if (frame.contentWindow) frame.contentWindow.postMessage(message, origin);
    }
    function tellPage(force) {
      var page = location.href + "\u0000" + document.title;
      if (!force && page === lastPage) return;
      lastPage = page;
      tell({ type: "page", url: location.href, title: document.title });
    }
    function setOpen(next) {
      open = next;
      frame.hidden = !open;
      wrap.className = open ? "open" : "";
      launcher.setAttribute("aria-expanded", String(open));
      text.textContent = open ? "Close chat" : label;
      tellPage(true);
      tell({ type: "open", open: open });
      if (open) frame.focus();
      else launcher.focus();
    }

    launcher.addEventListener("click", function () {
      setOpen(!open);
    });
    window.addEventListener("message", function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.tag !== TAG) return;
      if (data.type === "ready") {
        tellPage(true);
        tell({ type: "open", open: open });
      } else if (data.type === "close") {
        setOpen(false);
      } else if (data.type === "unread") {
        var count = Math.max(0, Math.min(99, Number(data.count) || 0));
        badge.hidden = open || count === 0;
        badge.textContent = String(count);
        launcher.setAttribute("aria-label", count > 0 && !open ? label + " (" + count + " new " + (count === 1 ? "reply" : "replies") + ")" : label);
      }
    });
    // Single-page sites change address without reloading: the chat is told where the customer is now.
    setInterval(function () {
      tellPage(false);
    }, 1000);
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
