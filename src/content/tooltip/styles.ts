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

// The sheet lives in tooltip.css so the build minifies it (scripts/build.ts): it ships on every page.
export { default as SHADOW_CSS } from "./tooltip.css";
