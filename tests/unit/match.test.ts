import { buildMatcher } from "../../src/core/match";
import { FIXTURE_TERMS } from "./match.fixture";

const matcher = buildMatcher(FIXTURE_TERMS);

/** Each mention as [entity, exact text of its span]. */
function found(text: string, m = matcher): Array<[string, string]> {
  return m.find(text).map((x) => [x.entity, text.slice(x.start, x.end)]);
}

type Row = [string, Array<[string, string]>];

const BOUNDARIES: Row[] = [
  ["Weißrussland", [["belarus", "Weißrussland"]]],
  [
    "Weißrussland und Russland",
    [
      ["belarus", "Weißrussland"],
      ["russia", "Russland"],
    ],
  ],
  ["neu EUR Europa EUler EU.", [["eu", "EU"]]],
  ["Natoli und die Nato", [["nato", "Nato"]]],
  ["ИRussland Russlandи 2EU EU2", []],
  ["#Armenien", [["armenia", "Armenien"]]],
  ["@Reuters meldet", [["reuters", "Reuters"]]],
  ["Putin…", [["putin", "Putin"]]],
  [
    "Russland/Ukraine",
    [
      ["russia", "Russland"],
      ["ukraine", "Ukraine"],
    ],
  ],
  ["(OVKS)", [["csto", "OVKS"]]],
  ["„Russland“, sagte er", [["russia", "Russland"]]],
  [
    "Russland – Ukraine",
    [
      ["russia", "Russland"],
      ["ukraine", "Ukraine"],
    ],
  ],
  [
    "Russland–Ukraine",
    [
      ["russia", "Russland"],
      ["ukraine", "Ukraine"],
    ],
  ],
  [
    "Russland—Ukraine‒Belarus",
    [
      ["russia", "Russland"],
      ["ukraine", "Ukraine"],
      ["belarus", "Belarus"],
    ],
  ],
];

const INFLECTION: Row[] = [
  ["Russlands Präsident", [["russia", "Russlands"]]],
  ["Putins Rede", [["putin", "Putins"]]],
  ["Kasachstans Führung", [["kazakhstan", "Kasachstans"]]],
  [
    "des Kremls, des Kremles",
    [
      ["kremlin", "Kremls"],
      ["kremlin", "Kremles"],
    ],
  ],
  ["Präsident Wladimir Putins Rede", [["putin", "Wladimir Putins"]]],
  ["PUTINS PLAN", [["putin", "PUTINS"]]],
  ["PUTINs Plan", []],
  [
    "Putin's speech, Putin’s plan, Putinʼs war",
    [
      ["putin", "Putin"],
      ["putin", "Putin"],
      ["putin", "Putin"],
    ],
  ],
  [
    "Russia's war, NATO's summit, the EU's",
    [
      ["russia", "Russia"],
      ["nato", "NATO"],
      ["eu", "EU"],
    ],
  ],
  ["Ukraines? Reuterss", []], // no genitive for these terms
  ["russisch, armenische Armenier, Armeniern, Russian Armenians", []],
  ["Putinismus Putiner Putinsky Russlander Kasachstanes", []],
];

const COMPOUNDS: Row[] = [
  ["OVKS-Truppen", [["csto", "OVKS"]]],
  ["Ukraine-Krieg", [["ukraine", "Ukraine"]]],
  ["EU-Mission", [["eu", "EU"]]],
  ["Kreml-Sprecher", [["kremlin", "Kreml"]]],
  ["Anti-Putin-Proteste", [["putin", "Putin"]]],
  ["Ex-Sowjetrepubliken", []],
  ["Berg-Karabach", [["nagorno-karabakh", "Berg-Karabach"]]],
  [
    "Berg‑Karabach und Berg‐Karabach",
    [
      ["nagorno-karabakh", "Berg‑Karabach"],
      ["nagorno-karabakh", "Berg‐Karabach"],
    ],
  ],
  ["Nagorno-Karabakh", [["nagorno-karabakh", "Nagorno-Karabakh"]]],
  ["Kassym-Schomart Tokajew", [["tokayev", "Kassym-Schomart Tokajew"]]],
  ["Bergkarabachs Zukunft", [["nagorno-karabakh", "Bergkarabachs"]]],
  // Closed compounds: only before a known head, name part only.
  [
    "Kremlsprecher, Kaukasuskonflikts, Russlandreise",
    [
      ["kremlin", "Kreml"],
      ["caucasus", "Kaukasus"],
      ["russia", "Russland"],
    ],
  ],
  ["Kremlin", [["kremlin", "Kremlin"]]],
  ["Europa OVKSkrieg KremlSprecher Natolikrieg", []],
];

const MULTI_WORD: Row[] = [
  ["Wladimir Putin", [["putin", "Wladimir Putin"]]],
  [
    "Dmitri Peskow und Peskow",
    [
      ["peskov", "Dmitri Peskow"],
      ["peskov", "Peskow"],
    ],
  ],
  [
    "der Organisation des Vertrags über kollektive Sicherheit (OVKS)",
    [
      ["csto", "Organisation des Vertrags über kollektive Sicherheit"],
      ["csto", "OVKS"],
    ],
  ],
  ["Organisation des Vertrags", []],
  ["Georgia", [["georgia-country", "Georgia"]]], // ambiguous: the first term wins
];

const CASE: Row[] = [
  ["RUSSLAND", [["russia", "RUSSLAND"]]],
  ["russland, https://example.com/russland-krieg, RUSSland", []],
  ["Ovks ovks Eu eu NAto nato", []],
  [
    "NATO und Nato",
    [
      ["nato", "NATO"],
      ["nato", "Nato"],
    ],
  ],
  [
    "Von der Leyen sagte, von der Leyen",
    [
      ["von-der-leyen", "Von der Leyen"],
      ["von-der-leyen", "von der Leyen"],
    ],
  ],
  ["URSULA VON DER LEYEN", [["von-der-leyen", "URSULA VON DER LEYEN"]]],
  [
    "ORGANISATION DES VERTRAGS ÜBER KOLLEKTIVE SICHERHEIT",
    [["csto", "ORGANISATION DES VERTRAGS ÜBER KOLLEKTIVE SICHERHEIT"]],
  ],
  [
    "O'Brien O’Brien",
    [
      ["obrien", "O'Brien"],
      ["obrien", "O’Brien"],
    ],
  ],
];

const REAL_PAGE_TEXT: Row[] = [
  ["Wladimir\u00a0Putin", [["putin", "Wladimir\u00a0Putin"]]],
  ["Wladimir\u202fPutin", [["putin", "Wladimir\u202fPutin"]]],
  ["Wladimir\nPutin", [["putin", "Wladimir\nPutin"]]],
  ["Wladimir\r\nPutin", [["putin", "Wladimir\r\nPutin"]]],
  ["Wladimir  \t Putin", [["putin", "Wladimir  \t Putin"]]],
  [
    "Organisation des\nVertrags über  kollektive\u00a0Sicherheit",
    [["csto", "Organisation des\nVertrags über  kollektive\u00a0Sicherheit"]],
  ],
  ["Russ\u00adland", [["russia", "Russ\u00adland"]]],
  ["Russ\u00adlands", [["russia", "Russ\u00adlands"]]],
  [
    "Ka\u200bsachstan Armen\u200cien Pu\u2060tin Aser\u200dbaidschan",
    [
      ["kazakhstan", "Ka\u200bsachstan"],
      ["armenia", "Armen\u200cien"],
      ["putin", "Pu\u2060tin"],
      ["azerbaijan", "Aser\u200dbaidschan"],
    ],
  ],
  ["\ufeffRussland", [["russia", "Russland"]]],
  ["Weiß\u00adrussland", [["belarus", "Weiß\u00adrussland"]]],
  ["x\u00adRussland", []],
  ["Pashinia\u0301n", [["pashinyan", "Pashinia\u0301n"]]],
  [
    "Zu\u0308rich und Zürich",
    [
      ["zurich", "Zu\u0308rich"],
      ["zurich", "Zürich"],
    ],
  ],
  ["Zu\u0308richs", []],
];

describe("matcher", () => {
  const groups: Array<[string, Row[]]> = [
    ["word boundaries", BOUNDARIES],
    ["inflection", INFLECTION],
    ["compounds and hyphenated names", COMPOUNDS],
    ["multi-word names and ambiguity", MULTI_WORD],
    ["case", CASE],
    ["real-page text", REAL_PAGE_TEXT],
  ];
  for (const [name, rows] of groups) {
    test.each(rows)(`${name}: %j`, (text, expected) => {
      expect(found(text)).toEqual(expected);
    });
  }

  test("offsets refer to the original string when NFD text is composed", () => {
    const text = "Vor Zu\u0308rich: Pashinia\u0301n, Russlands";
    expect(matcher.find(text)).toEqual([
      { entity: "zurich", start: 4, end: 11 },
      { entity: "pashinyan", start: 13, end: 23 },
      { entity: "russia", start: 25, end: 34 },
    ]);
  });

  test("empty and unusable terms are ignored", () => {
    const m = buildMatcher([
      { text: "  ", entity: "blank", caseSensitive: false, genitive: false },
      { text: "#tag", entity: "tag", caseSensitive: false, genitive: false },
      { text: " Putin ", entity: "putin", caseSensitive: false, genitive: false },
    ]);
    expect(found("#tag Putin", m)).toEqual([["putin", "Putin"]]);
    expect(buildMatcher([]).find("Russland")).toEqual([]);
  });
});
