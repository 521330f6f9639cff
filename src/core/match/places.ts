// A country's or place's name never holds another country or place: "Guinea" in "Guinea-Bissau",
// "Bissau" in it too, "Mexico" in "Mexico City", "Republic of the Congo" in "Democratic Republic of the
// Congo". The matcher nests a shorter name of another entity inside a longer one (right for "Ukraine" in
// "Krieg gegen die Ukraine"); for two places it is wrong, so the nested one is dropped here
// (docs/world-pack.md, precision).
import type { Mention } from "./index";

type Kind = string | undefined;

const PLACE = (type: Kind): boolean => type === "country" || type === "place";

/**
 * The mentions without those of a country or place that lie inside a mention of a country or place.
 * `mentions` come as Matcher.find returns them: by start, the longer first, nested ones after their container.
 */
export function dropNestedPlaces<M extends Mention>(
  mentions: readonly M[],
  typeOf: (id: string) => Kind,
): M[] {
  let placeEnd = -1;
  const out: M[] = [];
  for (const m of mentions) {
    const place = PLACE(typeOf(m.entity));
    if (place && m.end <= placeEnd) continue;
    if (place) placeEnd = Math.max(placeEnd, m.end);
    out.push(m);
  }
  return out;
}
