// A small stand-in for the fact base: the matcher's tests must not wait for, or break with, its data.
import type { Term } from "../../src/core/match";

interface Entity {
  id: string;
  genitive: boolean;
  names: Array<string | [string, "cs"]>;
}

const ENTITIES: Entity[] = [
  { id: "russia", genitive: true, names: ["Russland", "Russische Föderation", "Russia"] },
  { id: "armenia", genitive: true, names: ["Armenien", "Armenia"] },
  { id: "azerbaijan", genitive: true, names: ["Aserbaidschan", "Azerbaijan"] },
  { id: "kazakhstan", genitive: true, names: ["Kasachstan", "Kazakhstan"] },
  { id: "peskov", genitive: true, names: ["Dmitri Peskow", "Peskow", "Dmitry Peskov", "Peskov"] },
  { id: "putin", genitive: true, names: ["Wladimir Putin", "Putin", "Vladimir Putin"] },
  {
    id: "tokayev",
    genitive: true,
    names: ["Kassym-Schomart Tokajew", "Tokajew", "Kassym-Jomart Tokayev", "Tokayev"],
  },
  { id: "ukraine", genitive: false, names: ["Ukraine"] },
  { id: "eu", genitive: false, names: [["EU", "cs"], "Europäische Union", "European Union"] },
  {
    id: "nagorno-karabakh",
    genitive: true,
    names: ["Bergkarabach", "Berg-Karabach", "Nagorno-Karabakh", "Karabach"],
  },
  { id: "nato", genitive: false, names: ["Nato", ["NATO", "cs"]] },
  {
    id: "pashinyan",
    genitive: true,
    names: ["Nikol Paschinjan", "Paschinjan", "Nikol Pashinyan", "Pashinyan", "Pashinián"],
  },
  { id: "belarus", genitive: false, names: ["Belarus", "Weißrussland"] },
  { id: "kyrgyzstan", genitive: true, names: ["Kirgistan", "Kyrgyzstan"] },
  { id: "tajikistan", genitive: true, names: ["Tadschikistan", "Tajikistan"] },
  { id: "moscow", genitive: true, names: ["Moskau", "Moscow"] },
  { id: "reuters", genitive: false, names: ["Reuters"] },
  {
    id: "csto",
    genitive: false,
    names: [
      "Organisation des Vertrags über kollektive Sicherheit",
      ["OVKS", "cs"],
      ["CSTO", "cs"],
      "Collective Security Treaty Organization",
    ],
  },
  { id: "kremlin", genitive: true, names: ["Kreml", "Kremlin"] },
  { id: "caucasus", genitive: false, names: ["Kaukasus", "Caucasus"] },
  { id: "zurich", genitive: false, names: ["Zürich"] },
  { id: "von-der-leyen", genitive: false, names: ["Ursula von der Leyen", "von der Leyen"] },
  { id: "obrien", genitive: false, names: ["O'Brien"] },
  // One spelling, two entities: the first term wins.
  { id: "georgia-country", genitive: false, names: ["Georgia"] },
  { id: "georgia-us-state", genitive: false, names: ["Georgia"] },
];

export const FIXTURE_TERMS: Term[] = ENTITIES.flatMap((e) =>
  e.names.map((n) => {
    const [text, cs] = typeof n === "string" ? [n, false] : [n[0], true];
    return { text, entity: e.id, caseSensitive: cs, genitive: e.genitive };
  }),
);
