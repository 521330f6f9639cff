// What a tooltip says about one entity, computed from the fact base (or the reader's own entry) alone:
// pure, so it is tested in Node. The background computes it and the page only shows it, so the facts stay
// out of the content script, which every page loads. Everything here ends up as text nodes.
import type { Entry } from "../core/entries";
import type { Entity, Pack, RelationType } from "../core/factbase/schema";
import type { FactView, Lang, TooltipView } from "../core/view/types";
import { formatDate, type MessageKey, type Translate, TYPE_NAME_KEYS } from "./i18n";

const MAX_FACTS = 3;
const MAX_NAMES = 5;

/**
 * Row titles for a relation seen from its source ("Member of") and from its target ("Members"): each says
 * what the listed names are to the entity whose tooltip it is. "locatedIn" depends on the kinds involved:
 * an organisation is based somewhere, an event took place there, and a place lists what lies in it by kind
 * ("Based here", "Events here") rather than a bare "Within" that reads the wrong way round (docs/tooltip.md).
 */
const RELATION_KEYS: Record<RelationType, { out: MessageKey; in: MessageKey }> = {
  memberOf: { out: "tooltipRelMemberOf", in: "tooltipRelMembers" },
  headOfStateOf: { out: "tooltipRelHeadOfStateOf", in: "tooltipRelHeadOfState" },
  headOfGovernmentOf: { out: "tooltipRelHeadOfGovernmentOf", in: "tooltipRelHeadOfGovernment" },
  spokespersonOf: { out: "tooltipRelSpokespersonOf", in: "tooltipRelSpokesperson" },
  partyTo: { out: "tooltipRelPartyTo", in: "tooltipRelParties" },
  locatedIn: { out: "tooltipRelLocatedIn", in: "tooltipRelPlacesHere" },
  capitalOf: { out: "tooltipRelCapitalOf", in: "tooltipRelCapital" },
  partOf: { out: "tooltipRelPartOf", in: "tooltipRelIncludes" },
  borders: { out: "tooltipRelNeighbours", in: "tooltipRelNeighbours" },
};

/** The pack names a tooltip gives each fact's source line. */
const PACK_KEYS: Record<Pack, MessageKey> = { seed: "tooltipPackSeed", world: "tooltipPackWorld" };

/** Where an organisation or an event is ("Based in", "Took place in"). */
const LOCATED_OUT: Partial<Record<Entity["type"], MessageKey>> = {
  organisation: "tooltipRelBasedIn",
  event: "tooltipRelTookPlaceIn",
};

/** What lies in a place, by the kind of the thing that lies there. */
const LOCATED_IN: Record<Entity["type"], MessageKey> = {
  organisation: "tooltipRelBasedHere",
  event: "tooltipRelEventsHere",
  country: "tooltipRelCountriesHere",
  place: "tooltipRelPlacesHere",
  person: "tooltipRelPeopleHere",
  media: "tooltipRelBasedHere",
};

function rowKey(edge: Edge, self: Entity, other: Entity): MessageKey {
  if (edge.type === "locatedIn")
    return edge.inverse ? LOCATED_IN[other.type] : (LOCATED_OUT[self.type] ?? RELATION_KEYS.locatedIn.out);
  return RELATION_KEYS[edge.type][edge.inverse ? "in" : "out"];
}

interface Edge {
  type: RelationType;
  other: string;
  inverse: boolean;
}

/** Relations in both directions, built once per fact base: the data stores only one direction. */
export class RelationIndex {
  private readonly edges = new Map<string, Edge[]>();

  constructor(entities: readonly Entity[]) {
    const add = (id: string, edge: Edge) => {
      const list = this.edges.get(id);
      if (list) list.push(edge);
      else this.edges.set(id, [edge]);
    };
    for (const e of entities) {
      for (const r of e.relations) {
        add(e.id, { type: r.type, other: r.target, inverse: false });
        add(r.target, { type: r.type, other: e.id, inverse: true });
      }
    }
  }

  of(id: string): readonly Edge[] {
    return this.edges.get(id) ?? [];
  }
}

type Fact = Entity["facts"][number];

/**
 * Who published a fact's source, then its date, each once: "Reuters, 27.11.2022", "Wikipedia, abgerufen
 * 27.11.2026". A web page the entity publishes about itself is named by its host ("nato.int"), not by the
 * entity's own name again, so the reader sees where the link goes (docs/tooltip.md).
 */
function sourceLine(entity: Entity, fact: Fact, lang: Lang, t: Translate): string {
  const { date, dateKind } = fact.source.attribution;
  const key = dateKind === "accessed" ? "tooltipSourceAccessed" : "tooltipSourcePublished";
  return t(key, publisherName(entity, fact), unbroken(formatDate(date, lang)));
}

/** A date the line never breaks inside ("27 Nov|2026" read as two things). */
function unbroken(date: string): string {
  return date.replace(/ /g, "\u00a0");
}

/**
 * A description as the sentence it is shown as: the world pack's generated ones ("Capital of Nigeria")
 * have no full stop, the story pack's do; one tooltip after another, they read alike.
 */
function sentence(text: string): string {
  return text && /[\p{L}\p{N})]$/u.test(text) ? `${text}.` : text;
}

function publisherName(entity: Entity, fact: Fact): string {
  const { publisher } = fact.source.attribution;
  if (fact.source.kind !== "web" || !URL.canParse(fact.source.url)) return publisher;
  const own = publisher.toLowerCase();
  const names = [entity.label.de, entity.label.en, ...entity.aliases];
  if (!names.some((n) => n.toLowerCase() === own)) return publisher;
  return new URL(fact.source.url).hostname.replace(/^www\./, "");
}

/** The as-of date only where it says more than the source's own date (docs/tooltip.md). */
function asOfLine(fact: Fact, lang: Lang, t: Translate): string | null {
  return fact.asOf === fact.source.attribution.date
    ? null
    : t("tooltipAsOf", unbroken(formatDate(fact.asOf, lang)));
}

/**
 * The facts a tooltip shows: only those of enabled packs, at most MAX_FACTS of the first, and where more
 * packs describe the entity, the first fact of each other pack too, so the reader sees both.
 */
function shownFacts(entity: Entity, packs: ReadonlySet<Pack>): Entity["facts"] {
  const on = entity.facts.filter((f) => packs.has(f.pack));
  const groups = [...new Set(on.map((f) => f.pack))].map((p) => on.filter((f) => f.pack === p));
  if (groups.length < 2) return on.slice(0, MAX_FACTS);
  // The first pack's facts as for an entity of its own, and the first of each other pack after them.
  return [...groups[0]!.slice(0, MAX_FACTS), ...groups.slice(1).map((g) => g[0]!)];
}

const ALL_PACKS: ReadonlySet<Pack> = new Set(["seed", "world"]);

export function tooltipView(
  entity: Entity,
  lookup: (id: string) => Entity | undefined,
  relations: RelationIndex,
  lang: Lang,
  t: Translate,
  packs: ReadonlySet<Pack> = ALL_PACKS,
): TooltipView {
  const facts = shownFacts(entity, packs).map(
    (fact): FactView => ({
      text: fact.text[lang],
      asOf: asOfLine(fact, lang, t),
      source: sourceLine(entity, fact, lang, t),
      pack: t(PACK_KEYS[fact.pack]),
      url:
        fact.source.kind === "web"
          ? fact.source.url
          : fact.source.kind === "package"
            ? fact.source.upstream
            : null,
      quote: fact.source.kind === "seed" ? fact.source.quote : null,
    }),
  );
  // The entity's own relations first, then those pointing at it, each in the order they first appear.
  // A name is listed once: under the first row that names it (Ukraine is a party to the war, and the war
  // also took place there; "Party to" says more).
  const rows = new Map<MessageKey, string[]>();
  const listed = new Set<string>();
  const edges = relations.of(entity.id);
  for (const edge of [...edges.filter((e) => !e.inverse), ...edges.filter((e) => e.inverse)]) {
    const other = lookup(edge.other);
    if (!other || listed.has(other.id)) continue;
    listed.add(other.id);
    const key = rowKey(edge, entity, other);
    rows.set(key, [...(rows.get(key) ?? []), other.label[lang]]);
  }
  const other: Lang = lang === "de" ? "en" : "de";
  const wikiLang = entity.wikipedia[lang] ? lang : entity.wikipedia[other] ? other : null;
  return {
    entity: entity.id,
    lang,
    label: entity.label[lang],
    type: t(TYPE_NAME_KEYS[entity.type]),
    description: sentence(entity.description[lang]),
    facts,
    relations: [...rows].map(([key, names]) => ({
      label: t(key),
      // "and 1 more" takes the room of the name it hides, so the cut starts at two names over the limit.
      names:
        names.length > MAX_NAMES + 1
          ? [...names.slice(0, MAX_NAMES), t("tooltipMore", String(names.length - MAX_NAMES))]
          : names,
    })),
    wikipedia: wikiLang && {
      url: entity.wikipedia[wikiLang]!,
      text: t(wikiLang === lang ? "tooltipWikipedia" : "tooltipWikipediaOther"),
      lang: wikiLang,
    },
    own: null,
  };
}

export function ownEntryView(entry: Entry, entity: string, lang: Lang, t: Translate): TooltipView {
  return {
    entity,
    lang,
    label: entry.name,
    type: t(TYPE_NAME_KEYS[entry.type]),
    description: "",
    facts: [],
    relations: [],
    wikipedia: null,
    own: {
      note: entry.note,
      added: t("tooltipOwnAdded", formatDate(entry.created.slice(0, 10), lang)),
      link: entry.link || null,
    },
  };
}
