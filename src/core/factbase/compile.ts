// Turns the readable source files into the compiled factbase.json. Pure: the caller reads the files.
// Every problem is collected and reported at once, so one build run shows all that is wrong with the data.
import * as v from "valibot";
import {
  type Alias,
  type CompiledFact,
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  type Fact,
  type FactbaseJson,
  FactbaseJsonSchema,
  PACKS,
  type Pack,
  SEED_DATE,
  SEED_PUBLISHER,
  type SourceEntity,
  SourceEntitySchema,
  SourceFileSchema,
} from "./schema";

export class FactbaseError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `fact base is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.join("\n")}`,
    );
    this.name = "FactbaseError";
  }
}

export interface FactbaseFile {
  /** Path as shown in messages, e.g. "assets/factbase/person.json"; its base name gives the entity type. */
  file: string;
  json: unknown;
  /** The pack the file belongs to; "seed" when omitted. */
  pack?: Pack;
}

interface Located {
  file: string;
  pack: Pack;
  entity: SourceEntity;
}

/**
 * One thing described by several packs: the first pack (in PACKS order) gives its names, label and
 * description; every later pack that uses the same id joins it with its facts and relations only.
 */
interface Joined {
  base: Located;
  joins: Located[];
}

// Missing keys are reported by valibot with a generic message; these read better in a build log.
const MISSING: Record<string, string> = {
  asOf: "missing as-of date",
  source: "fact has no source",
  quote: "seed source has no quote",
  wikidata: 'missing "wikidata" (use null when unknown)',
};

function formatPath(path: v.IssuePathItem[] | undefined): string {
  let out = "";
  for (const item of path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  }
  return out || "(entity)";
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const last = path[path.length - 1] as { key?: unknown } | undefined;
  const key = typeof last?.key === "string" ? last.key : undefined;
  const absent = issue.input === undefined || issue.input === null || issue.input === "";
  if (key && absent && MISSING[key]) return MISSING[key];
  if (issue.kind === "schema" && issue.input === undefined && key) return `missing field "${key}"`;
  if (issue.type === "strict_object" && issue.expected === "never" && key) return `unknown field "${key}"`;
  return issue.message;
}

function fileType(file: string): EntityType | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = base.replace(/\.json$/, "");
  return (ENTITY_TYPES as readonly string[]).includes(name) ? (name as EntityType) : undefined;
}

/** Case- and normalisation-insensitive key under which two alias texts count as the same name. */
export function aliasKey(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

function attribute(fact: Fact, pack: Pack): CompiledFact {
  const s = fact.source;
  const attribution =
    s.kind === "seed"
      ? { publisher: SEED_PUBLISHER, date: SEED_DATE, dateKind: "published" as const }
      : s.kind === "package"
        ? {
            publisher: `${s.package} ${s.version} (${s.licence})`,
            date: s.released,
            dateKind: "published" as const,
          }
        : s.published
          ? { publisher: s.publisher, date: s.published, dateKind: "published" as const }
          : { publisher: s.publisher, date: s.accessed, dateKind: "accessed" as const };
  return { text: fact.text, asOf: fact.asOf, pack, source: { ...s, attribution } };
}

function toEntity({ base, joins }: Joined): Entity {
  const e = base.entity;
  const names = e.aliases.map((a: Alias) => ({
    text: a.text,
    lang: a.lang,
    caseSensitive: a.caseSensitive,
    ambiguous: a.ambiguous === true,
    ...(a.needs ? { needs: { entities: a.needs.entities ?? [], words: a.needs.words ?? [] } } : {}),
    ...(a.notAfter ? { notAfter: a.notAfter } : {}),
    ...(a.notBefore ? { notBefore: a.notBefore } : {}),
  }));
  const relations = [...e.relations];
  const seen = new Set(relations.map((r) => `${r.type}:${r.target}`));
  for (const j of joins) {
    for (const r of j.entity.relations) {
      if (seen.has(`${r.type}:${r.target}`)) continue;
      seen.add(`${r.type}:${r.target}`);
      relations.push(r);
    }
  }
  return {
    id: e.id,
    type: e.type,
    label: e.label,
    packs: [base.pack, ...joins.map((j) => j.pack)],
    aliases: names.map((n) => n.text),
    wikidata: e.wikidata,
    names,
    genitiveS: e.genitiveS,
    description: e.description,
    wikipedia: e.wikipedia,
    relations,
    facts: [
      ...e.facts.map((f) => attribute(f, base.pack)),
      ...joins.flatMap((j) => j.entity.facts.map((f) => attribute(f, j.pack))),
    ],
  };
}

/**
 * Validates the source files and compiles them into the fact base that ships as factbase.json.
 *
 * @param files every assets/factbase/<type>.json, already parsed; the base name must be an entity type.
 * @param seedText the contents of seed.txt; every seed quote must occur in it verbatim (only CRLF → LF).
 * @param asOf the fact base's date. When omitted it is the newest `asOf` of any fact, which is what the
 *   data can honestly claim; when given it must not be older than that newest fact.
 * @throws FactbaseError listing every problem as `<file>: entity "<id>": <field path>: <message>`.
 */
export function compileFactbase(files: FactbaseFile[], seedText: string, asOf?: string): FactbaseJson {
  const problems: string[] = [];
  const seed = seedText.replace(/\r\n?/g, "\n");
  const located: Located[] = [];

  for (const { file, json, pack = "seed" } of files) {
    const type = fileType(file);
    if (!type) {
      problems.push(`${file}: file name must be one of ${ENTITY_TYPES.map((t) => `${t}.json`).join(", ")}`);
      continue;
    }
    const parsedFile = v.safeParse(SourceFileSchema, json);
    if (!parsedFile.success) {
      problems.push(`${file}: expected { "entities": [ ... ] }`);
      continue;
    }
    parsedFile.output.entities.forEach((raw, index) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      const where = `${file}: entity ${typeof rawId === "string" ? `"${rawId}"` : `#${index}`}`;
      const result = v.safeParse(SourceEntitySchema, raw);
      if (!result.success) {
        // One message per field: a bad value often fails several checks of the same pipe.
        const reported = new Set<string>();
        for (const issue of result.issues) {
          const path = formatPath(issue.path);
          if (!reported.has(path)) problems.push(`${where}: ${path}: ${issueMessage(issue)}`);
          reported.add(path);
        }
        return;
      }
      const e = result.output;
      if (e.type !== type) problems.push(`${where}: type: wrong type for file: "${e.type}" in ${type}.json`);
      e.facts.forEach((fact, i) => {
        if (fact.source.kind === "seed" && !seed.includes(fact.source.quote.replace(/\r\n?/g, "\n"))) {
          problems.push(`${where}: facts[${i}].source.quote: seed quote not found verbatim in the seed text`);
        }
      });
      const own = new Set<string>();
      e.aliases.forEach((a, i) => {
        if (own.has(a.text)) problems.push(`${where}: aliases[${i}].text: duplicate alias "${a.text}"`);
        own.add(a.text);
      });
      for (const lang of ["de", "en"] as const) {
        if (!own.has(e.label[lang])) {
          problems.push(`${where}: label.${lang}: label "${e.label[lang]}" must also be listed in aliases`);
        }
      }
      located.push({ file, pack, entity: e });
    });
  }

  const joined = joinPacks(located, problems);
  const bases = joined.map((j) => j.base);
  checkAliases(bases, problems);
  checkRelations(
    bases,
    joined.flatMap((j) => j.joins),
    problems,
  );

  const newest = located
    .flatMap((l) => l.entity.facts.map((f) => f.asOf))
    .reduce((a, b) => (b > a ? b : a), SEED_DATE);
  if (asOf !== undefined && !(v.is(v.pipe(v.string(), v.isoDate()), asOf) && asOf >= newest)) {
    problems.push(`asOf: "${asOf}" must be a YYYY-MM-DD date no older than the newest fact (${newest})`);
  }
  if (problems.length > 0) throw new FactbaseError(problems);

  const entities = joined.map(toEntity).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The output is what other tools read; checking it guards against compile itself drifting from the schema.
  return v.parse(FactbaseJsonSchema, { asOf: asOf ?? newest, entities });
}

/**
 * Groups entities by id. Within one pack an id may be used once; a later pack that uses an id of an
 * earlier one joins that entity (it must be of the same type), never duplicates it.
 */
function joinPacks(located: Located[], problems: string[]): Joined[] {
  const order = (l: Located) => PACKS.indexOf(l.pack);
  const byId = new Map<string, Joined>();
  for (const l of [...located].sort((a, b) => order(a) - order(b))) {
    const { file, entity } = l;
    const first = byId.get(entity.id);
    if (!first) byId.set(entity.id, { base: l, joins: [] });
    else if (first.base.pack === l.pack || first.joins.some((j) => j.pack === l.pack)) {
      const where = [first.base, ...first.joins].find((j) => j.pack === l.pack)!.file;
      problems.push(`${file}: entity "${entity.id}": id: duplicate id (first defined in ${where})`);
    } else if (first.base.entity.type !== entity.type) {
      problems.push(
        `${file}: entity "${entity.id}": type: joins the ${first.base.pack} entity of type "${first.base.entity.type}" as "${entity.type}"`,
      );
    } else first.joins.push(l);
  }
  // Keeps the files' order for everything downstream (messages, output before sorting).
  return [...byId.values()];
}

function checkAliases(located: Located[], problems: string[]): void {
  const claims = new Map<string, Array<{ l: Located; index: number; ambiguous: boolean }>>();
  for (const l of located) {
    l.entity.aliases.forEach((a, index) => {
      const key = aliasKey(a.text);
      const list = claims.get(key) ?? [];
      list.push({ l, index, ambiguous: a.ambiguous === true });
      claims.set(key, list);
    });
  }
  for (const list of claims.values()) {
    const ids = new Set(list.map((c) => c.l.entity.id));
    if (ids.size < 2) continue;
    for (const c of list) {
      if (c.ambiguous) continue;
      const others = [...ids].filter((id) => id !== c.l.entity.id).map((id) => `"${id}"`);
      const text = c.l.entity.aliases[c.index]?.text ?? "";
      problems.push(
        `${c.l.file}: entity "${c.l.entity.id}": aliases[${c.index}].text: alias "${text}" is also claimed by ` +
          `${others.join(", ")}; mark it "ambiguous": true on every entity that claims it, or drop it`,
      );
    }
  }
}

function checkRelations(located: Located[], joins: Located[], problems: string[]): void {
  const ids = new Set(located.map((l) => l.entity.id));
  for (const { file, entity } of joins) {
    entity.relations.forEach((r, i) => {
      if (!ids.has(r.target)) {
        problems.push(
          `${file}: entity "${entity.id}": relations[${i}].target: relation to unknown id "${r.target}"`,
        );
      }
    });
  }
  for (const { file, entity } of located) {
    entity.aliases.forEach((a, i) => {
      for (const id of a.needs?.entities ?? []) {
        if (!ids.has(id)) {
          problems.push(`${file}: entity "${entity.id}": aliases[${i}].needs: unknown entity id "${id}"`);
        }
      }
    });
    entity.relations.forEach((r, i) => {
      if (!ids.has(r.target)) {
        problems.push(
          `${file}: entity "${entity.id}": relations[${i}].target: relation to unknown id "${r.target}"`,
        );
      }
    });
  }
}
