// Which page a URL is, for matching saved highlights (docs/page-identity.md): the same article reached with
// tracking parameters, over http or https, with or without a trailing slash, or as its AMP variant is one
// page. Pure string work; the page's declared canonical URL is read by the content script.

/** Query parameters that only say how the reader arrived, never what the page shows. */
const TRACKING = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igshid",
  "yclid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "_ga",
  "_gl",
  "ocid",
  "cmpid",
]);
/** Parameters that ask for the AMP rendering of the same article. */
const AMP_PARAMS = new Set(["amp", "outputtype"]);

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function dropped(part: string): boolean {
  if (part === "") return true;
  const name = safeDecode(part.split("=")[0] ?? "").toLowerCase();
  if (name.startsWith("utm_") || TRACKING.has(name)) return true;
  if (!AMP_PARAMS.has(name)) return false;
  const value = safeDecode(part.slice(name.length + 1)).toLowerCase();
  return name === "amp" ? ["", "1", "true"].includes(value) : value === "amp";
}

/**
 * The page a URL belongs to: no fragment, no tracking parameters, https for http, no "amp." host prefix, no
 * trailing "/amp" or AMP query switch, no trailing slash; the other parameters kept byte for byte, in order.
 * Anything that is not an http(s) URL is returned as it is.
 */
export function pageKey(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    parsed.hash = "";
    return parsed.href;
  }
  parsed.hash = "";
  parsed.protocol = "https:";
  if (parsed.hostname.startsWith("amp.")) parsed.hostname = parsed.hostname.slice(4);
  // Edit the raw query so the parameters we keep stay byte for byte (URLSearchParams would re-encode them).
  const kept = parsed.search
    .slice(1)
    .split("&")
    .filter((part) => !dropped(part));
  parsed.search = kept.length ? `?${kept.join("&")}` : "";
  let path = parsed.pathname.replace(/\/amp\/?$/i, "/");
  if (path.length > 1) path = path.replace(/\/+$/, "");
  parsed.pathname = path || "/";
  return parsed.href;
}

/** Host names without the prefixes that name the same site's variants. */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/^(www|amp|m|mobile)\./, "");
}

/**
 * Two URLs on the same site: equal hosts once "www.", "amp.", "m." are set aside, or one a subdomain of the
 * other. A canonical link to another site is not trusted: any page could claim to be any article.
 */
export function sameSite(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return false;
  const x = siteOf(new URL(a).hostname);
  const y = siteOf(new URL(b).hostname);
  if (!x || !y) return false;
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/**
 * The canonical URL a page declares (`<link rel="canonical">` or `og:url`), made absolute against the page
 * URL and without its fragment; null when there is none, it is not http(s), or it names another site.
 */
export function canonicalOf(pageUrl: string, declared: string | null | undefined): string | null {
  if (!declared || !URL.canParse(pageUrl)) return null;
  const trimmed = declared.trim();
  if (!URL.canParse(trimmed, pageUrl)) return null;
  const url = new URL(trimmed, pageUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  return sameSite(pageUrl, url.href) ? url.href : null;
}
