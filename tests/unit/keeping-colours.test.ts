// The five marker colours, read from assets/content.css as the browser gets them: each is its own
// ::highlight() name, dark text stays readable over it on a light page and light text on a dark page
// (WCAG AA, 4.5:1), the fill shows on both, and it is far from every entity colour and from the others.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COLOURS } from "../../src/core/highlights/types";

const css = readFileSync(join(__dirname, "../../assets/content.css"), "utf8");

type RGB = [number, number, number];

/** The background-color of the rule for exactly `::highlight(name)`, as rgb and alpha. */
function fill(name: string): { rgb: RGB; alpha: number } {
  const rule = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(css);
  if (!rule) throw new Error(`no rule for ::highlight(${name})`);
  const value = /background-color:\s*rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)/.exec(rule[1]!);
  if (!value) throw new Error(`::highlight(${name}) has no rgb() background-color`);
  return { rgb: [Number(value[1]), Number(value[2]), Number(value[3])], alpha: Number(value[4] ?? 1) };
}

/** Every colour used for an entity type (underlines and fills), the keyboard mark and own entries. */
function entityColours(): RGB[] {
  const out: RGB[] = [];
  for (const rule of css.matchAll(
    /::highlight\(randnotiz-(?:person|organisation|country|place|event|media|own|current)[^)]*\)[^{]*\{([^}]*)\}/g,
  )) {
    for (const m of rule[1]!.matchAll(/rgb\((\d+) (\d+) (\d+)/g))
      out.push([Number(m[1]), Number(m[2]), Number(m[3])]);
  }
  return out;
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: RGB) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
function contrast(a: RGB, b: RGB): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
const over = (c: RGB, alpha: number, bg: RGB): RGB =>
  c.map((v, i) => v * alpha + bg[i]! * (1 - alpha)) as RGB;

/** CIE L*a*b* (D65) and the CIE76 distance: ~2.3 is just noticeable, 20 and more reads as another colour. */
function lab([r, g, b]: RGB): RGB {
  const [R, G, B] = [channel(r), channel(g), channel(b)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: RGB, b: RGB) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

const LIGHT_PAGE: RGB = [255, 255, 255];
const LIGHT_TEXT_ON_LIGHT: RGB = [17, 17, 17];
const DARK_PAGE: RGB = [18, 18, 18];
const TEXT_ON_DARK: RGB = [230, 230, 230];

describe.each(COLOURS)("marker %s", (colour) => {
  const { rgb, alpha } = fill(`randnotiz-${colour}`);

  test("dark text on a light page and light text on a dark page stay at 4.5:1 or more", () => {
    expect(contrast(LIGHT_TEXT_ON_LIGHT, over(rgb, alpha, LIGHT_PAGE))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(TEXT_ON_DARK, over(rgb, alpha, DARK_PAGE))).toBeGreaterThanOrEqual(4.5);
  });

  test("the fill is visible on both pages", () => {
    expect(contrast(over(rgb, alpha, LIGHT_PAGE), LIGHT_PAGE)).toBeGreaterThanOrEqual(1.2);
    expect(contrast(over(rgb, alpha, DARK_PAGE), DARK_PAGE)).toBeGreaterThanOrEqual(2);
  });

  test("it is clear of every entity colour and of the other markers", () => {
    const entities = entityColours();
    expect(entities.length).toBeGreaterThan(10);
    for (const other of entities) expect(deltaE(rgb, other)).toBeGreaterThanOrEqual(20);
    for (const name of COLOURS)
      if (name !== colour) expect(deltaE(rgb, fill(`randnotiz-${name}`).rgb)).toBeGreaterThanOrEqual(20);
  });
});
