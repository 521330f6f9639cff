// Marks inside web components need our highlight styles to reach their shadow trees (see ShadowStyles).
import contentCss from "../../assets/content.css";

// Folded at build time: the Chrome bundle does not carry the stylesheet's text.
const SHEET_TEXT = __BROWSER__ === "firefox" ? contentCss : "";

/**
 * Highlights painted inside a shadow tree are styled by the rules that reach that tree. Chromium lets the
 * shadow host's ::highlight() styles be inherited; Firefox does not, so there our highlight rules are
 * adopted by each root as a constructed stylesheet. That adds no node to the page, and is undone on destroy.
 */
export class ShadowStyles {
  private sheet: CSSStyleSheet | null = null;
  private readonly adopted = new Set<ShadowRoot>();

  adopt(root: ShadowRoot): void {
    if (!SHEET_TEXT || this.adopted.has(root)) return;
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(SHEET_TEXT);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.adopted.add(root);
    } catch (error) {
      // A page can freeze or proxy its roots' sheets: its marks then go unpainted, nothing else breaks.
      console.warn("Randnotiz: could not style marks inside a web component.", error);
    }
  }

  destroy(): void {
    for (const root of this.adopted) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      } catch {
        // The root's page is gone or sealed it: nothing of ours is left to remove.
      }
    }
    this.adopted.clear();
  }
}
