// Quality guard on the frozen evaluation sets (docs/discovery-eval.md): real news texts whose gold was
// written before the code first ran on them, and which no rule was tuned on. Units are distinct names per
// text and kind, after dropping the names the fact base covers, exactly as bench/discover.ts counts them.
//
// The targets are English P ≥ 0.85, R ≥ 0.70 and German P ≥ 0.80, R ≥ 0.60. Where the measured
// level is below a target, the floor is the measured level (docs/discovery.md, "Dev and frozen"), so that
// no later change can make it worse; raise a floor when a change raises the level, never lower it.
// - "frozen, seed units": the 30 frozen texts counted against the seed pack's names, as they were defined;
// - "frozen" and "fresh": counted as the page shows them, both packs on (the world pack's names are marks);
// - "sealed": the third such set (19 texts), measured once at the level below, then guarded like the others;
//   it has been seen since, and is read for errors like dev;
// - "sealed2": the fourth set (33 texts), measured once at the level below, read for errors since;
// - "sealed3": the fifth set (32 texts), measured once at the level below, never read for errors.
import { benchQuality, type Score } from "../../bench/discover";
import { discoverNames } from "../../src/discover/engine";

const FLOORS: Record<string, { p: number; r: number; gold: number }> = {
  // Raised after the rules of "Initials, lists and minutes" (docs/discovery.md): en frozen 0.750/0.703 ->
  // 0.779/0.730 (seed units 0.769/0.709 -> 0.795/0.732), de fresh 0.725/0.509 -> 0.769/0.526.
  // Raised after "Offices, events and lone words" (docs/discovery.md): en frozen 0.772/0.729 ->
  // 0.910/0.757 (seed units 0.795/0.732 -> 0.925/0.772), en fresh 0.850/0.567 -> 0.944/0.567, en sealed
  // 0.704/0.644 -> 0.857/0.712 (with the US states marked). Floors one name below the level.
  // Lone names (docs/discovery.md, "Lone names") trade precision for recall on every English set: en frozen
  // seed units 0.925/0.772 -> 0.903/0.803 (+4 right, +3 wrong: two footballers known by one name read as
  // companies); over all seen English sets but dev 0.871/0.678 -> 0.861/0.748. The precision floor moves
  // down to the new level for that reason, the recall floors up.
  // With the English classes of the seen sets (docs/discovery.md): 0.914/0.835.
  "en frozen, seed units": { p: 0.9, r: 0.82, gold: 120 },
  // Raised after the dictionary's nouns beside a name (docs/discovery.md, "Nouns beside a name"): de frozen
  // 0.806/0.648 -> 0.898/0.688 (seed units 0.829/0.655 -> 0.911/0.689), de fresh 0.769/0.526 ->
  // 0.842/0.561, de sealed 0.714/0.541 -> 1.000/0.649. These sets are seen now (read as dev); each floor
  // sits one name below its level, so that a pack turning a found name into a mark does not fail it.
  "de frozen, seed units": { p: 0.89, r: 0.67, gold: 120 },
  // The world pack's cities became marks (docs/world-pack.md): the cities discovery found right left its
  // gold and answers: en frozen units 93/77/71 (0.922/0.763), de frozen 117/90/84 (0.933/0.718), en fresh
  // 56/32/30 (0.938/0.536), en sealed 54/42/37 (0.881/0.685), de sealed 29/20/20 (1.000/0.690).
  // With lone names and the English classes of the seen sets: en frozen 0.917/0.828, fresh 0.935/0.754,
  // sealed 0.917/0.815, sealed2 0.888/0.766.
  "en frozen": { p: 0.9, r: 0.81, gold: 90 },
  // The world pack's states and regions (docs/world-pack.md) became marks, so their names, found right by
  // discovery, left both the gold and the found units: de frozen 0.811 -> 0.806, de fresh 0.738/0.517 ->
  // 0.725/0.509 with the same answers on every other name.
  // With the print datelines and the cities marked: de frozen 0.935/0.735, de fresh 0.917/0.600.
  // The German district-free cities and the districts (docs/world-pack.md) became marks: de frozen gold
  // 117 -> 109, found 92 -> 85, correct 86 -> 79 (0.929/0.725), the same answers on every other name.
  "de frozen": { p: 0.92, r: 0.72, gold: 105 },
  // "New Bern" is no longer marked as Bern (docs/world-pack.md), so it is a name to discover again: en
  // fresh gold 56 -> 57, 30 found right (0.938/0.526).
  // With lone names (docs/discovery.md, "Lone names"): 0.935/0.768 before New Bern came back.
  "en fresh": { p: 0.91, r: 0.73, gold: 50 },
  // After a given name the surname is kept ("Bürgermeister Manuel Just"): de fresh 0.842/0.561 ->
  // 0.892/0.579, de frozen 0.907/0.688 -> 0.927/0.695 (US states marked); print datelines ("Stade. …"):
  // de frozen -> 0.919/0.711.
  "de fresh": { p: 0.88, r: 0.58, gold: 50 },
  // Measured once: de 20/28 = 0.714, 20/37 = 0.541; en 43/59 = 0.729, 43/65 = 0.662.
  // The US states (docs/world-pack.md) became marks in the same way: en sealed 43/59 (0.729), 43/65 (0.662)
  // -> 38/54 (0.704), 38/59 (0.644), en frozen 0.779 -> 0.772, the same answers on every other name.
  "en sealed": { p: 0.89, r: 0.79, gold: 50 },
  "de sealed": { p: 0.95, r: 0.62, gold: 25 },
  // sealed2 (33 new texts, gold committed first), measured once with main at ce4a2ad (US states marked):
  // de 79/89 = 0.888, 79/122 = 0.648; en 83/110 = 0.755, 83/129 = 0.643. The same answers scored with the
  // cities marked (main at d81c4f9): de 73/81 = 0.901, 73/114 = 0.640; en 81/104 = 0.779, 81/124 = 0.653
  // (seed units unchanged: de 0.914/0.681, en 0.778/0.671). Floors one name below.
  // The German district-free cities and the districts became marks (docs/world-pack.md): de sealed2 gold
  // 115 -> 110, found 82 -> 81, correct 73 -> 69 (0.852/0.627). Totals only (its errors stay unread); on
  // the dev set the one such change is "Mülheim" found inside the marked "Mülheim an der Ruhr": the bench
  // compares names, not places, so an answer inside a new mark counts as wrong, though the page would not
  // show it. With the German parties, unions and federal bodies marked too: 106/78/66 (0.846/0.623).
  "de sealed2": { p: 0.84, r: 0.62, gold: 100 },
  // With lone names (sealed2 seen, read as dev since): en 0.774/0.718.
  "en sealed2": { p: 0.87, r: 0.75, gold: 115 },
  // sealed3 (32 new texts, gold committed first at 4740059), measured once after the last rule change
  // (fb30c74, main at a924be7, both packs on): de 65/77 = 0.844, 65/100 = 0.650; en 65/87 = 0.747, 65/100 =
  // 0.650 (seed units: de 0.874/0.616, en 0.810/0.721). Its errors are never printed. Floors one name below.
  "de sealed3": { p: 0.83, r: 0.64, gold: 95 },
  "en sealed3": { p: 0.73, r: 0.64, gold: 95 },
};

jest.setTimeout(180_000);

let both: Record<string, Score> | undefined;
let seed: Record<string, Score> | undefined;

test.each(Object.keys(FLOORS))("%s: precision and recall at their floors", async (key) => {
  // Every sealed set is guarded like the others since its one measurement (sealed3 included).
  both ??= await benchQuality(false, { discoverNames }, null, true);
  seed ??= await benchQuality(false, { discoverNames }, new Set(["seed"] as const));
  const s = key.endsWith(", seed units") ? seed[key.replace(", seed units", "")]! : both[key]!;
  // A set that lost texts would measure something else.
  expect(s.gold).toBeGreaterThan(FLOORS[key]!.gold);
  expect(s.correct / s.found).toBeGreaterThanOrEqual(FLOORS[key]!.p);
  expect(s.correct / s.gold).toBeGreaterThanOrEqual(FLOORS[key]!.r);
});
