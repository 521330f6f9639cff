// The page's type lookup for entities it does not carry (core/entries/packed.ts): what the background
// writes with extraTypes, typesOf reads back by id, for own entries (stored with packed ids), world-pack
// ids and ids the content script carries itself (those are not its business).
import { extraTypes, typesOf } from "../../src/core/entries/packed";
import { packEntity } from "../../src/core/match/serial";
import { ENTITY_TYPES, type EntityType } from "../../src/core/settings";

const own = Array.from(
  { length: 300 },
  (_, i) => `my-0000${String(i).padStart(4, "0")}-0000-4000-8000-${String(i * 7).padStart(12, "0")}`,
);
const world = ["country-fr", "city-paris", "org-un", "country-de"];
const carried = new Set(["russia", "putin", "kremlin"]);
// The stored matcher's order mixes them; the carried ones sit between the others.
const ids = [
  ...world.slice(0, 2),
  "russia",
  ...own.slice(0, 150),
  "putin",
  ...world.slice(2),
  ...own.slice(150),
  "kremlin",
];
const typeOf = (id: string): EntityType =>
  ENTITY_TYPES[(id.length * 7 + id.charCodeAt(id.length - 1)) % ENTITY_TYPES.length]!;

test("typesOf answers what extraTypes stored, by id, without the carried ones", () => {
  const packed = ids.map(packEntity);
  expect(packed.filter((p) => p.startsWith("~"))).toHaveLength(own.length);
  const types = extraTypes(packed, typeOf, (id) => carried.has(id));
  expect(types).toHaveLength(ids.length - carried.size);
  const lookup = typesOf(packed, types, (id) => carried.has(id));
  for (const id of [...own, ...world]) expect(lookup(id)).toBe(typeOf(id));
  for (const id of carried) expect(lookup(id)).toBeUndefined();
  expect(lookup("my-ffffffff-0000-4000-8000-000000000000")).toBeUndefined();
  expect(lookup("unknown-slug")).toBeUndefined();
});
