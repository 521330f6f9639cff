// Page identity for saved highlights (docs/page-identity.md): which URLs are the same article.
import { pagesOf } from "../../src/core/highlights/index-model";
import { canonicalOf, pageKey, sameSite } from "../../src/core/highlights/page-url";

const ARTICLE = "https://news.example.org/politik/ovks-gipfel";

describe("pageKey", () => {
  test.each([
    ["the article itself", ARTICLE],
    ["a fragment", `${ARTICLE}#kommentare`],
    ["utm_* parameters, any case", `${ARTICLE}?utm_source=x&UTM_Medium=feed`],
    ["click ids", `${ARTICLE}?fbclid=IwAR0&gclid=abc&msclkid=1&mc_cid=2&igshid=3`],
    ["http instead of https", ARTICLE.replace("https:", "http:")],
    ["a trailing slash", `${ARTICLE}/`],
    ["an AMP path", `${ARTICLE}/amp`],
    ["an AMP path with a slash", `${ARTICLE}/amp/`],
    ["an AMP switch", `${ARTICLE}?amp=1`],
    ["an empty AMP switch", `${ARTICLE}?amp`],
    ["outputType=amp", `${ARTICLE}?outputType=amp`],
    ["an amp. host", "https://amp.news.example.org/politik/ovks-gipfel"],
    ["all at once", "http://amp.news.example.org/politik/ovks-gipfel/amp/?utm_source=x&fbclid=1#top"],
  ])("%s is the same page", (_, url) => {
    expect(pageKey(url)).toBe(pageKey(ARTICLE));
  });

  test.each([
    ["another article", "https://news.example.org/politik/andere-meldung"],
    ["another page of a paged article", `${ARTICLE}?page=2`],
    ["another site", "https://other.example.com/politik/ovks-gipfel"],
    ["a path that merely ends in amp-like words", "https://news.example.org/politik/camp"],
    ["amp=0 (the normal page asked for explicitly keeps its meaning)", `${ARTICLE}?amp=0`],
  ])("%s is a different page", (_, url) => {
    expect(pageKey(url)).not.toBe(pageKey(ARTICLE));
  });

  test("keeps the parameters that matter byte for byte and in order", () => {
    expect(pageKey("https://example.org/a?b=2&utm_source=x&a=1%20z&UTM_Medium=y#top")).toBe(
      "https://example.org/a?b=2&a=1%20z",
    );
    expect(pageKey("https://example.org/a?q=a+b&flag")).toBe("https://example.org/a?q=a+b&flag");
  });

  test("the root path keeps its slash; other schemes and non-URLs are left alone", () => {
    expect(pageKey("http://example.org/")).toBe("https://example.org/");
    expect(pageKey("http://example.org")).toBe("https://example.org/");
    expect(pageKey("file:///home/a.html#x")).toBe("file:///home/a.html");
    expect(pageKey("not a url")).toBe("not a url");
  });
});

describe("canonical URLs", () => {
  test("same site: www., amp., m. and subdomains", () => {
    expect(sameSite("https://amp.example.org/a", "https://www.example.org/a")).toBe(true);
    expect(sameSite("https://m.example.org/a", "https://example.org/a")).toBe(true);
    expect(sameSite("https://news.example.org/a", "https://example.org/a")).toBe(true);
    expect(sameSite("https://example.org/a", "https://example.com/a")).toBe(false);
    expect(sameSite("https://evil-example.org/a", "https://example.org/a")).toBe(false);
    expect(sameSite("not a url", "https://example.org/a")).toBe(false);
  });

  test("canonicalOf resolves relative links, drops the fragment and refuses other sites", () => {
    const page = "https://amp.example.org/2026/ovks/amp?utm_source=x";
    expect(canonicalOf(page, "/2026/ovks#top")).toBe("https://amp.example.org/2026/ovks");
    expect(canonicalOf(page, "https://www.example.org/2026/ovks")).toBe("https://www.example.org/2026/ovks");
    expect(canonicalOf(page, "https://attacker.example.net/2026/ovks")).toBeNull();
    expect(canonicalOf(page, "javascript:alert(1)")).toBeNull();
    expect(canonicalOf(page, "")).toBeNull();
    expect(canonicalOf(page, null)).toBeNull();
  });

  test("a stored highlight is indexed under its source and its canonical URL", () => {
    const value = {
      target: { source: "https://example.org/?p=123", canonical: "https://example.org/2026/ovks/" },
    };
    expect(pagesOf(value)).toEqual([
      "hlindex:page:https://example.org/?p=123",
      "hlindex:page:https://example.org/2026/ovks",
    ]);
    expect(pagesOf({ target: { source: `${ARTICLE}?utm_source=x`, canonical: ARTICLE } })).toEqual([
      `hlindex:page:${ARTICLE}`,
    ]);
    expect(pagesOf({ target: {} })).toEqual([]);
    expect(pagesOf("junk")).toEqual([]);
  });
});
