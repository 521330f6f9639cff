// What Firefox's storage needs for a large library (issue 19): N highlights (FIREFOX_HIGHLIGHTS, default
// 100,000) of the review benchmark's shape written through the extension's storage.local in chunks of 2,000,
// with the time per chunk, then the profile's extension storage on disk. Firefox has no storage.local quota
// for extensions (no unlimitedStorage needed); this measures what it costs instead.
// Run: npm run build && npx tsx bench/firefox-storage.ts
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch } from "../tests/e2e/harness";

const N = Number(process.env.FIREFOX_HIGHLIGHTS ?? 100_000);
const CHUNK = 2000;
const profiles = () => new Set(readdirSync(tmpdir()).filter((d) => d.startsWith("randnotiz-firefox-")));
const mb = (path: string) => Number(execFileSync("du", ["-sb", path]).toString().split("\t")[0]) / 1e6;

const before = profiles();
const session = await launch("firefox");
const dir = join(tmpdir(), [...profiles()].find((d) => !before.has(d))!);
try {
  const t0 = performance.now();
  const chunkMs: number[] = [];
  for (let from = 0; from < N; from += CHUNK) {
    const t = performance.now();
    await session.inExtension(
      async ({ from, to }) => {
        // biome-ignore lint/suspicious/noExplicitAny: browser in Firefox.
        const api = (globalThis as any).browser;
        const items: Record<string, unknown> = {};
        for (let i = from; i < to; i++) {
          const uuid = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
          items[`highlight:${uuid}`] = {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            id: `urn:uuid:${uuid}`,
            type: "Annotation",
            motivation: "highlighting",
            created: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
            ...(i % 5 === 0
              ? { body: [{ type: "TextualBody", value: `Notiz ${i}`, purpose: "commenting" }] }
              : {}),
            target: {
              source: `https://site${i % 37}.example/artikel/${i % 2000}`,
              title: `Artikel ${i % 2000}: Gipfel Grenze Bündnis`,
              selector: [
                {
                  type: "TextQuoteSelector",
                  exact: `Satz ${i} über den Gipfel ${i % 97} und die Grenze`,
                  prefix: "Am Montag hieß es in der Hauptstadt, ",
                  suffix: ", sagte ein Sprecher des Ministeriums.",
                },
                { type: "TextPositionSelector", start: 1000 + i, end: 1040 + i },
              ],
            },
          };
        }
        await api.storage.local.set(items);
      },
      { from, to: Math.min(N, from + CHUNK) },
    );
    chunkMs.push(performance.now() - t);
  }
  const total = (performance.now() - t0) / 1000;
  const count = await session.inExtension(
    // biome-ignore lint/suspicious/noExplicitAny: browser in Firefox.
    async () => Object.keys(await (globalThis as any).browser.storage.local.get(null)).length,
    null,
  );
  const first = chunkMs.slice(0, 5);
  const last = chunkMs.slice(-5);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `Firefox ESR storage.local: ${N} highlights written in ${total.toFixed(1)} s (chunks of ${CHUNK}: first five ${avg(first).toFixed(0)} ms, last five ${avg(last).toFixed(0)} ms each), ${count} keys read back`,
  );
  console.log(
    `  on disk: extension storage ${mb(join(dir, "storage/default")).toFixed(1)} MB, whole profile ${mb(dir).toFixed(1)} MB (load ${readLoad()})`,
  );
} finally {
  await session.close();
}

function readLoad(): string {
  return execFileSync("cat", ["/proc/loadavg"]).toString().split(" ")[0]!;
}
