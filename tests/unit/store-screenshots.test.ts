// The store screenshots (made by scripts/screenshots.ts) are all there, and every PNG in store/screenshots/
// is exactly 1280×800: the Chrome Web Store takes 1280×800 or 640×400 and rejects other sizes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "../../store/screenshots");
const EXPECTED = ["1-tooltip", "2-popup", "3-review"].flatMap((shot) =>
  ["de", "en"].map((l) => `${l}-${shot}.png`),
);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a valid PNG puts first, right after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG");
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error("IHDR is not the first chunk");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("store screenshots", () => {
  const files = readdirSync(DIR).filter((name) => name.toLowerCase().endsWith(".png"));

  it("has every expected picture", () => {
    expect(EXPECTED.filter((name) => !files.includes(name))).toEqual([]);
  });

  it.each(files)("%s is 1280×800", (name) => {
    expect(pngSize(readFileSync(join(DIR, name)))).toEqual({ width: 1280, height: 800 });
  });

  it("reads the size of a PNG that is not 1280×800", () => {
    const header = Buffer.alloc(24);
    SIGNATURE.copy(header);
    header.write("IHDR", 12, "ascii");
    header.writeUInt32BE(640, 16);
    header.writeUInt32BE(400, 20);
    expect(pngSize(header)).toEqual({ width: 640, height: 400 });
    expect(() => pngSize(Buffer.from("GIF89a and more bytes here."))).toThrow("not a PNG");
  });
});
