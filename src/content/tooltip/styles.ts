// The tooltip's stylesheet, inside its closed shadow root. Page rules cannot select these elements, but
// inherited properties still flow in through the host, so every inherited text property is set here
// explicitly, in px (a hostile page may set the root font-size to 2px, which would shrink rem units).
// The host is styled inline with !important, which beats any page rule. No :host rules: an important
// :host rule would in turn beat these inline styles, and visibility is switched inline.
export const HOST_STYLE: Array<[string, string]> = [
  ["all", "initial"],
  ["position", "fixed"],
  ["top", "0px"],
  ["left", "0px"],
  ["z-index", "2147483647"],
  ["display", "block"],
  ["margin", "0px"],
  ["padding", "0px"],
  ["border", "none"],
  ["background", "transparent"],
  ["width", "max-content"],
  ["max-width", "min(380px, calc(100vw - 16px))"],
  ["transform", "none"],
  ["opacity", "1"],
  ["filter", "none"],
  ["clip-path", "none"],
  ["pointer-events", "auto"],
  ["contain", "layout style"],
];

const TEXT = `
  font: normal normal 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size-adjust: none; font-stretch: normal; font-variant: normal; font-kerning: auto;
  letter-spacing: normal; word-spacing: normal; text-align: start; text-indent: 0; text-transform: none;
  text-shadow: none; white-space: normal; word-break: normal; overflow-wrap: anywhere; hyphens: manual;
  direction: ltr; writing-mode: horizontal-tb; cursor: auto; list-style: none; quotes: auto;
  -webkit-text-fill-color: currentColor; -webkit-text-stroke: 0;`;

export const SHADOW_CSS = `
.panel, .panel *, .live {
  all: revert; box-sizing: border-box; margin: 0; padding: 0; border: 0; ${TEXT}
  color: inherit; background: none; visibility: inherit; opacity: 1; float: none; transform: none;
  z-index: auto; min-width: 0; max-width: none; width: auto; height: auto;
}
.panel {
  --bg: #ffffff; --fg: #1d1f23; --muted: #5b6270; --rule: #d9dce3; --link: #1f5fbf; --accent: #3b5b8c;
  display: block; position: relative; padding: 10px 12px 10px; border-radius: 8px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--rule);
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18), 0 1px 3px rgb(0 0 0 / 0.12);
  max-height: var(--randnotiz-max-height, none); overflow: auto; overscroll-behavior: contain;
  scrollbar-width: thin; scrollbar-color: var(--muted) transparent;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #23262d; --fg: #eceef2; --muted: #a6adbb; --rule: #3a3f4a; --link: #8ab4ff; --accent: #8fa9d6;
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.5); }
}
.panel header { display: block; margin-bottom: 4px; }
.panel .label { display: inline; font-weight: 650; font-size: 15px; }
.panel .type { display: inline; margin-left: 6px; font-size: 12px; color: var(--muted);
  text-transform: uppercase; letter-spacing: 0.04em; }
.panel .description { display: block; margin-bottom: 8px; }
.panel ul { display: block; margin: 0 0 8px; padding: 0; }
.panel li { display: block; margin: 0 0 6px; padding-left: 10px; border-left: 2px solid var(--rule); }
.panel .meta { display: block; font-size: 12px; color: var(--muted); }
.panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 0 0 8px;
  font-size: 13px; }
.panel dt { display: block; color: var(--muted); }
.panel dd { display: block; }
.panel a { display: inline; color: var(--link); text-decoration: underline; cursor: pointer; }
.panel a:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-radius: 2px; }
.panel footer { display: block; font-size: 12px; }
.panel button { display: inline-block; margin: 6px 6px 0 0; padding: 3px 10px; border-radius: 5px;
  border: 1px solid var(--rule); background: var(--bg); color: var(--fg); font-size: 13px; cursor: pointer; }
.panel button:hover { border-color: var(--accent); }
.panel button:disabled { opacity: 0.5; cursor: default; }
.panel button:focus-visible, .panel textarea:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.panel .save, .panel .undo { float: right; margin: 0 0 4px 8px; }
.panel .save { border-color: #c99a00; }
.panel .deleted { display: flow-root; margin-bottom: 8px; padding-bottom: 8px; border-bottom: 1px solid var(--rule);
  font-size: 13px; color: var(--muted); }
.panel .saved { min-width: 280px; display: flow-root; margin-bottom: 8px; padding-bottom: 8px; border-bottom: 1px solid var(--rule); }
.panel .saved .date { white-space: nowrap; }
.panel .saved .row { display: flex; align-items: baseline; gap: 6px; }
.panel .saved .row button { margin: 6px 0 0; }
.panel .saved .confirm { display: inline; flex: 1; font-size: 12px; color: var(--muted); }
.panel .saved .delete { margin-left: auto; }
.panel .saved .meta::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 6px;
  border-radius: 2px; background: rgb(255 200 0 / 0.8); vertical-align: -1px; }
.panel .saved:last-child { border-bottom: 0; margin-bottom: 0; padding-bottom: 0; }
.panel .note { display: block; }
.panel .own { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px dashed var(--accent);
  border-radius: 9px; font-size: 11px; color: var(--accent); }
.panel .own-entry { display: block; margin: 4px 0 8px; padding-left: 10px; border-left: 2px dashed var(--accent);
  white-space: pre-wrap; }
.panel .part-of { display: block; margin: 0 0 8px; font-size: 13px; color: var(--muted); }
.panel .part-of .link { float: none; margin: 0; padding: 0; border: 0; background: none; color: var(--link);
  text-decoration: underline; font-size: 13px; }
.panel textarea { display: block; width: 100%; min-height: 44px; margin-top: 4px; padding: 4px 6px;
  border: 1px solid var(--rule); border-radius: 5px; background: var(--bg); color: var(--fg); resize: vertical;
  font-size: 13px; white-space: pre-wrap; }
.panel .error { display: block; margin: 4px 0; color: #c62828; font-weight: 600; }
@media (prefers-color-scheme: dark) { .panel .error { color: #ff8a80; } }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; visibility: visible; }
`;
