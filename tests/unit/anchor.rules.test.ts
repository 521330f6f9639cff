// The anchoring rules of docs/anchoring.md, one situation each: what keeps a highlight, and what must still
// make an orphan.
import { anchorQuote, describeQuote } from "../../src/core/anchor";
import { sideScore } from "../../src/core/anchor/side";

const WORDS = { words: true };

function saveAndFind(before: string, needle: string, after: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = before.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return anchorQuote(after, describeQuote(before, at, at + needle.length));
}

const slice = (text: string, r: ReturnType<typeof anchorQuote>) =>
  r.state === "orphan" ? null : text.slice(r.start, r.end);

describe("side agreement (sideScore)", () => {
  const saved = " erklärte am Montag in Moskau, die Lage sei";
  it("a whole word replaced next to the quote leaves the rest of the side as evidence", () => {
    const now = " reportedly am Montag in Moskau, die Lage sei";
    // 35 agreeing characters after the word, less the replaced word's cost (4).
    expect(sideScore(saved, now, WORDS)).toBe(31);
    expect(sideScore(saved, now)).toBeLessThan(31);
  });
  it("an unrelated sentence still agrees on almost nothing", () => {
    expect(sideScore(saved, " teilte die Polizei am Abend mit, dass", WORDS)).toBeLessThanOrEqual(6);
  });
  it("the space where another tool's context meets the quote is free", () => {
    expect(sideScore("everything", " everything before", WORDS)).toBe(10);
    expect(sideScore("everything", " everything before")).toBe(8);
  });
});

describe("a quote that occurs several times", () => {
  const text =
    "Die Regierung in Berlin hat am Montag neue Regeln beschlossen. Die Opposition in Berlin kritisierte das Vorhaben scharf und kündigte eine Klage an. Der Kanzler nannte die Kritik in Berlin am Abend überzogen.";
  it("is found at its place when the words on both sides of it were replaced", () => {
    const after = text.replace("Opposition in Berlin kritisierte", "Opposition gestern Berlin bemängelte");
    const got = saveAndFind(text, "Berlin", after, 1);
    expect(got.state).toBe("exact");
    expect(got.start).toBe(after.indexOf("Berlin bemängelte"));
  });
  it("stays an orphan when its sentence is deleted, though the word occurs elsewhere", () => {
    const after = text.replace(
      "Die Opposition in Berlin kritisierte das Vorhaben scharf und kündigte eine Klage an. ",
      "",
    );
    expect(slice(after, saveAndFind(text, "Berlin", after, 1))).toBeNull();
  });
});

describe("the quote's own sentence (clause.ts)", () => {
  const text = [
    "Die Regierung hat am Montag neue Regeln für den Nahverkehr beschlossen. Sie gelten ab Januar.",
    "Kritiker sprechen von einem teuren Fehler, der Pendler auf dem Land besonders treffe. Der Verband will klagen.",
    "Der Kanzler nannte die Kritik überzogen. Kritiker seien zu früh dran.",
  ].join("\n");
  const moved = (t: string) => {
    const ps = t.split("\n");
    return [ps[1], ps[2], ps[0]].join("\n");
  };

  it("a one-word quote that starts its moved paragraph is found there", () => {
    const after = moved(text);
    const got = saveAndFind(text, "Kritiker", after);
    expect(got.state).toBe("exact");
    expect(got.start).toBe(after.indexOf("Kritiker sprechen"));
  });

  it("a one-word quote that ends its sentence keeps it when the next sentence is deleted", () => {
    const after = text.replace(" Sie gelten ab Januar.", " Mehr dazu später.");
    const got = saveAndFind(text, "beschlossen", after);
    expect(slice(after, got)).toBe("beschlossen");
  });

  it("a one-word quote whose sentence was deleted does not move to a sentence that starts almost the same way", () => {
    // The saved side agrees on its first 27 characters only: the whole saved side must agree.
    const before = `${text}\nKritiker sprechen von einem Fehler, sagte er später noch einmal.`;
    const after = before.replace(
      "Kritiker sprechen von einem teuren Fehler, der Pendler auf dem Land besonders treffe. ",
      "",
    );
    // Saved on the first "Kritiker"; the remaining one shares the saved sentence start but not its end.
    expect(slice(after, saveAndFind(before, "Kritiker", after))).toBeNull();
  });

  it("a short quote in mid-sentence is not anchored on one side alone", () => {
    // "Präsident Wladimir Putin" is a phrase that recurs; the sentence with the highlight is gone.
    const before =
      "Am Morgen sagte Russlands Präsident Wladimir Putin am Telefon, man sei bereit. Am Abend sagte Russlands Präsident Wladimir Putin vor der Presse das Gegenteil.";
    const after = before.replace(
      "Am Morgen sagte Russlands Präsident Wladimir Putin am Telefon, man sei bereit. ",
      "",
    );
    expect(slice(after, saveAndFind(before, "Putin", after))).toBeNull();
  });
});

describe("another tool's selector with context on one side (no position)", () => {
  const bare = (exact: string, prefix: string, suffix: string) => ({
    exact,
    prefix,
    suffix,
    start: null,
    end: null,
  });
  it("is anchored where the text ends inside that context and nothing contradicts it", () => {
    expect(anchorQuote("Some document text", bare("text", "", "missing"))).toEqual({
      state: "exact",
      start: 14,
      end: 18,
    });
    expect(anchorQuote("Many years later, he", bare("years later", "It used to be many", ""))).toEqual({
      state: "exact",
      start: 5,
      end: 16,
    });
  });
  it("stays an orphan where the text goes on and disagrees, or the quote is not the only one", () => {
    expect(anchorQuote("Some document text and more", bare("text", "", "missing")).state).toBe("orphan");
    expect(anchorQuote("A text, some document text", bare("text", "", "missing")).state).toBe("orphan");
    expect(anchorQuote("Few years later, he", bare("years later", "It used to be many", "")).state).toBe(
      "orphan",
    );
  });
});

test("a whole sentence with one inner word replaced and a neighbouring word changed is found", () => {
  const text =
    "Beide Seiten hätten über militärische Zusammenarbeit gesprochen. Das wurde auf einer Pressekonferenz bekannt gegeben.\nRusslands Präsident Wladimir Putin hat die Lage erörtert.";
  const after = text.replace("Zusammenarbeit", "kürzlich").replace("Das wurde auf", "Das yesterday auf");
  expect(slice(after, saveAndFind(text, "Das wurde auf einer Pressekonferenz bekannt gegeben.", after))).toBe(
    "Das yesterday auf einer Pressekonferenz bekannt gegeben.",
  );
});

describe("a verbatim place inside a longer word (rule 1a)", () => {
  const text =
    "Suspect arrested in fatal shooting of Arizona sheriff's deputy\nArizona police have arrested a suspect in the shooting of a local deputy.";

  it("is not the reader's words: 'in' of 'again' never stands for 'in'", () => {
    const edited = text.replace("arrested in fatal", "arrested in again fatal");
    const got = saveAndFind(text, "in fatal shooting", edited);
    // Orphan, or the passage with the inserted word; never the letters inside "again".
    expect(got.state === "orphan" || slice(edited, got) === "in again fatal shooting").toBe(true);
  });

  it("blocks joined without whitespace keep a quote whose whole context on that side agrees", () => {
    const joined = text.replace("deputy\nArizona", "deputyArizona");
    const got = saveAndFind(text, "Arizona police have arrested", joined);
    expect(slice(joined, got)).toBe("Arizona police have arrested");
  });
});
