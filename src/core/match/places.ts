// A country's or place's name never holds another country or place: "Guinea" in "Guinea-Bissau",
// "Bissau" in it too, "Mexico" in "Mexico City", "Republic of the Congo" in "Democratic Republic of the
// Congo". The matcher nests a shorter name of another entity inside a longer one (right for "Ukraine" in
// "Krieg gegen die Ukraine"); for two places it is wrong, so the nested one is dropped here
// (docs/world-pack.md, precision).
import type { Mention } from "./types";

/**
 * The mentions without those of a country or place that lie inside a mention of a country or place.
 * `mentions` come as Matcher.find returns them: by start, the longer first, nested ones after their container.
 */
export function dropNestedPlaces<M extends Mention>(
  mentions: readonly M[],
  typeOf: (id: string) => string | undefined,
): M[] {
  let end = -1;
  return mentions.filter((m) => {
    const type = typeOf(m.entity);
    if (type !== "country" && type !== "place") return true;
    if (m.end <= end) return false;
    end = m.end;
    return true;
  });
}
