// Property tests for anchoring: edits away from a highlight never lose or move it, and when the highlight's
// text is gone, remaining copies elsewhere never attract it.
import fc from "fast-check";
import { anchorQuote, describeQuote } from "../../src/core/anchor";
import { looseMaxErrors } from "../../src/core/anchor/fuzzy";
import { normalise } from "../../src/core/anchor/normalise";
import { distinctive, selfEvident } from "../../src/core/anchor/score";

// Seeded, so that a CI run is reproducible: 20,000-run explorations found two rare counterexamples (one
// fixed in anchorQuote; one, a deleted one-letter highlight in a text of repeated ß-words, is open). Set
// FC_SEED to explore other seeds.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261202) });

const word = fc.stringMatching(/^[a-zäöüß]{2,10}$/);
/** A vocabulary and a text of its words; small vocabularies make repeated phrases. */
const textOf = (minVocab: number) =>
  fc
    .uniqueArray(word, { minLength: minVocab, maxLength: minVocab * 3 })
    .chain((vocab) =>
      fc.record({
        vocab: fc.constant(vocab),
        words: fc.array(fc.constantFrom(...vocab), { minLength: 60, maxLength: 400 }),
        seps: fc.array(fc.constantFrom(" ", " ", " ", ". ", ", ", "\n"), { minLength: 400, maxLength: 400 }),
      }),
    )
    .map(({ vocab, words, seps }) => ({ vocab, text: words.map((w, i) => w + seps[i]).join("") }));
const textArb = textOf(40);
/**
 * A richer vocabulary for the adversarial property: with 40 words, three-word phrases recur by chance within
 * a few hundred words, which news text of thousands of distinct words does not do.
 */
const richTextArb = textOf(120);

/** Word starts in text, so generated spans begin and end on words. */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++)
    if (/\p{L}/u.test(text[i]!) && (i === 0 || !/\p{L}/u.test(text[i - 1]!))) out.push(i);
  return out;
}

function pickSpan(text: string, a: number, len: number): [number, number] {
  const starts = wordStarts(text);
  const i = a % starts.length;
  const s = starts[i]!;
  const j = Math.min(starts.length - 1, i + len);
  let e = j > i ? starts[j]! - 1 : text.length;
  while (e > s && !/\p{L}/u.test(text[e - 1]!)) e--;
  return [s, Math.max(e, s + 1)];
}

interface Edit {
  at: number;
  del: number;
  ins: string;
}

const editArb = (vocab: string[]) =>
  fc.record({
    at: fc.nat(),
    del: fc.oneof(fc.constant(0), fc.nat({ max: 80 })),
    ins: fc
      .array(fc.constantFrom(...vocab), { maxLength: 12 })
      .map((ws) => (ws.length ? `${ws.join(" ")} ` : "")),
    copy: fc.boolean(),
  });

describe("anchorQuote properties", () => {
  it("edits at least 40 characters away from the highlight keep it, at its new place", () => {
    fc.assert(
      fc.property(
        textArb.chain(({ vocab, text }) =>
          fc.record({
            text: fc.constant(text),
            a: fc.nat(),
            len: fc.integer({ min: 1, max: 8 }),
            edits: fc.array(editArb(vocab), { minLength: 1, maxLength: 6 }),
          }),
        ),
        ({ text, a, len, edits }) => {
          const [s, e] = pickSpan(text, a, len);
          const quote = describeQuote(text, s, e);
          let now = text;
          let [qs, qe] = [s, e];
          for (const raw of edits) {
            // Copies of the quote (with other context) are among the insertions, so duplicates occur.
            const ins = raw.copy ? `${raw.ins}${quote.exact} ${raw.ins}` : raw.ins;
            const edit = placeOutside(now, qs, qe, 40, { at: raw.at, del: raw.del, ins });
            if (!edit) continue;
            now = now.slice(0, edit.at) + edit.ins + now.slice(edit.at + edit.del);
            if (edit.at < qs) {
              qs += edit.ins.length - edit.del;
              qe += edit.ins.length - edit.del;
            }
          }
          const got = anchorQuote(now, quote);
          expect(got).toEqual({ state: "exact", start: qs, end: qe });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a deleted highlight never anchors to a remaining copy in another context", () => {
    fc.assert(
      fc.property(
        richTextArb.chain(({ vocab, text }) =>
          fc.record({
            text: fc.constant(text),
            vocab: fc.constant(vocab),
            a: fc.nat(),
            len: fc.integer({ min: 1, max: 10 }),
            copies: fc.array(fc.record({ at: fc.nat(), keep: fc.constantFrom("prefix", "suffix", "none") }), {
              minLength: 1,
              maxLength: 4,
            }),
            cut: fc.tuple(fc.integer({ min: 32, max: 120 }), fc.integer({ min: 32, max: 120 })),
          }),
        ),
        ({ text, vocab, a, len, copies, cut }) => {
          const [s, e] = pickSpan(text, a, len);
          const exact = text.slice(s, e);
          const prefix = text.slice(Math.max(0, s - 32), s);
          const suffix = text.slice(e, e + 32);
          // Copies elsewhere, some sharing one side of the original's context (a sentence that starts or
          // ends the same way), all present when the highlight was saved.
          // Copies go in at word starts of the original text, never inside each other or near the original.
          const starts = wordStarts(text).filter((w) => w < s - 150 || w > e + 150);
          const places = copies
            .map((c, i) => ({ ...c, i, at: starts.length ? starts[c.at % starts.length]! : -1 }))
            .filter((c, _, all) => c.at >= 0 && all.findIndex((d) => d.at === c.at) === c.i)
            .sort((x, y) => y.at - x.at);
          let page = text;
          let [qs, qe] = [s, e];
          for (const c of places) {
            const filler = `${vocab[c.i % vocab.length]} ${vocab[(c.i * 7 + 3) % vocab.length]} `;
            const copy =
              c.keep === "prefix"
                ? `${filler}${prefix}${exact} ${filler}`
                : c.keep === "suffix"
                  ? `${filler}${exact}${suffix} ${filler}`
                  : `${filler}${exact} ${filler}`;
            page = page.slice(0, c.at) + copy + page.slice(c.at);
            if (c.at <= qs) [qs, qe] = [qs + copy.length, qe + copy.length];
          }
          const quote = describeQuote(page, qs, qe);
          // The highlight's sentence goes, with at least its saved context on both sides.
          const now = page.slice(0, Math.max(0, qs - cut[0])) + page.slice(qe + cut[1]);
          const got = anchorQuote(now, quote);
          const remaining = count(now, exact);
          if (selfEvident(normalise(exact).trim()) && remaining === 1 && quote.occurrence?.count === 1) {
            // Documented (docs/anchoring.md): a sentence-long quote that occurs once, and did when it was
            // saved, is its own evidence. One the page repeated when saved is not (the copy may be what is left).
            expect(got.state).toBe("exact");
          } else if (got.state !== "orphan") {
            // Only acceptable if the copy carries the whole saved context (up to whitespace, which anchoring
            // ignores by design, and a few characters: random texts now and then repeat a whole phrase around
            // the quote), i.e. it is indistinguishable; or, for a distinctive quote (3+ words, 20+
            // characters) that is the only one left, if the copy repeats one whole side of the context: the
            // quote and 32 characters next to it, which is the same passage (docs/anchoring.md).
            const ctx = `${quote.prefix}${quote.exact}${quote.suffix}`;
            const there = now.slice(got.start - quote.prefix.length, got.end + quote.suffix.length);
            expect(got.state).toBe("exact");
            const same = (a: string, b: string) => distance(normalise(a), normalise(b)) <= 4;
            const oneSide =
              same(now.slice(got.start - quote.prefix.length, got.start), quote.prefix) ||
              same(now.slice(got.end, got.end + quote.suffix.length), quote.suffix);
            const indistinguishable =
              same(there, ctx) || (distinctive(normalise(exact).trim()) && remaining === 1 && oneSide);
            expect(indistinguishable).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a moved paragraph keeps its highlight at the new place, and a paragraph's opening words are found", () => {
    // Paragraphs of a rich vocabulary, sentences inside them; the highlight's paragraph moves elsewhere.
    const paragraphArb = fc.uniqueArray(word, { minLength: 120, maxLength: 200 }).chain((vocab) =>
      fc.array(
        fc
          .array(fc.tuple(fc.constantFrom(...vocab), fc.constantFrom(" ", " ", " ", ", ", ". ")), {
            minLength: 8,
            maxLength: 30,
          })
          .map(
            (ws) =>
              `${ws
                .map(([w, sep]) => w + sep)
                .join("")
                .trimEnd()}.`,
          ),
        { minLength: 4, maxLength: 8 },
      ),
    );
    fc.assert(
      fc.property(
        fc.record({
          paras: paragraphArb,
          k: fc.nat(),
          to: fc.nat(),
          a: fc.nat(),
          len: fc.integer({ min: 0, max: 6 }),
        }),
        ({ paras, k, to, a, len }) => {
          const from = k % paras.length;
          const text = paras.join("\n");
          const at = paras.slice(0, from).reduce((n, p) => n + p.length + 1, 0);
          const own = paras[from]!;
          // A span of 1 to 7 words inside the paragraph; half the time its opening words.
          const starts = wordStarts(own);
          const i = a % 2 === 0 ? 0 : (a >> 1) % starts.length;
          const j = Math.min(starts.length - 1, i + len + 1);
          const s = at + starts[i]!;
          let e = at + (j > i ? starts[j]! - 1 : own.length);
          while (e > s && !/\p{L}/u.test(text[e - 1]!)) e--;
          const quote = describeQuote(text, s, e);
          const rest = paras.filter((_, n) => n !== from);
          const place = 0 === to % (rest.length + 1) && from === 0 ? 1 : to % (rest.length + 1);
          const moved = [...rest.slice(0, place), own, ...rest.slice(place)];
          const now = moved.join("\n");
          const newAt = moved.slice(0, place).reduce((n, p) => n + p.length + 1, 0) + (s - at);
          const got = anchorQuote(now, quote);
          // Never anywhere but the moved paragraph.
          if (got.state !== "orphan")
            expect(got).toEqual({ state: "exact", start: newAt, end: newAt + e - s });
          // A paragraph's opening words with 32 characters of their sentence after them that occur only there:
          // that side is the quote's own sentence (docs/anchoring.md, rule 3).
          const opening = `${quote.exact}${quote.suffix}`;
          const firstSentence = own.slice(0, own.indexOf(".") + 1);
          if (i === 0 && firstSentence.length > opening.length && count(now, opening) === 1)
            expect(got.state).toBe("exact");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("an anchored span never differs from the quote by more than the allowed errors", () => {
    fc.assert(
      fc.property(
        textArb.chain(({ vocab, text }) =>
          fc.record({
            text: fc.constant(text),
            a: fc.nat(),
            len: fc.integer({ min: 1, max: 12 }),
            edits: fc.array(editArb(vocab), { maxLength: 8 }),
          }),
        ),
        ({ text, a, len, edits }) => {
          const [s, e] = pickSpan(text, a, len);
          const quote = describeQuote(text, s, e);
          let now = text;
          // Edits anywhere, inside the highlight too.
          for (const { at, del, ins } of edits) {
            const p = at % (now.length + 1);
            now = now.slice(0, p) + ins + now.slice(p + Math.min(del, 12));
          }
          const got = anchorQuote(now, quote);
          if (got.state === "orphan") return;
          const slice = now.slice(got.start, got.end);
          if (got.state === "exact") expect(slice).toBe(quote.exact);
          const core = normalise(quote.exact).trim();
          // Up to half the quote near where it was, with strong context on both sides (evidence.ts looseEnough).
          expect(distance(normalise(slice).trim(), core)).toBeLessThanOrEqual(looseMaxErrors(core));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Moves an edit out of [qs - gap, qe + gap], or drops it if it does not fit. */
function placeOutside(text: string, qs: number, qe: number, gap: number, edit: Edit): Edit | null {
  const lo = Math.max(0, qs - gap);
  const hi = Math.min(text.length, qe + gap);
  const room = lo + (text.length - hi);
  if (room <= 0) return null;
  const r = edit.at % room;
  const at = r < lo ? r : hi + (r - lo);
  const limit = at < lo ? lo - at : text.length - at;
  return { at, del: Math.min(edit.del, limit), ins: edit.ins };
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, row[j - 1]! + 1);
    }
    prev = row;
  }
  return prev[b.length]!;
}
