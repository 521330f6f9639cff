// The byte-level pieces of a stored matcher (serial.ts): base64, and the reader's own entity ids in short
// form. Pure, and no browser API beyond atob/btoa.

const OWN_UUID = /^my-([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/;
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * "my-<uuid>" as "~" and its 16 bytes in base64url: 23 characters instead of 39. With 10,000 entries the
 * ids were a third of the stored matcher. Other ids (the fact base's slugs) are kept as they are.
 */
export function packEntity(id: string): string {
  const m = OWN_UUID.exec(id);
  if (!m) return id;
  const hex = m.slice(1).join("");
  let bits = 0;
  let value = 0;
  let out = "~";
  for (let i = 0; i < hex.length; i++) {
    value = (value << 4) | Number.parseInt(hex[i]!, 16);
    bits += 4;
    while (bits >= 6) {
      bits -= 6;
      out += B64URL[(value >> bits) & 63];
    }
  }
  return bits > 0 ? out + B64URL[(value << (6 - bits)) & 63] : out;
}

export function unpackEntity(packed: string): string {
  if (packed.charCodeAt(0) !== 126) return packed;
  let hex = "";
  let bits = 0;
  let value = 0;
  for (let i = 1; i < packed.length; i++) {
    value = ((value << 6) | B64URL.indexOf(packed[i]!)) & 0xffffff;
    bits += 6;
    while (bits >= 4 && hex.length < 32) {
      bits -= 4;
      hex += ((value >> bits) & 15).toString(16);
    }
  }
  return `my-${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

/** A stored matcher (or its automaton) that does not add up: the caller falls back (docs/scanner.md). */
export function inconsistent(): never {
  throw new Error("Stored matcher is inconsistent.");
}

/** Native where the browser has it (Chrome 140, Firefox 133): no per-byte loop in script. */
const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

export function fromBase64(text: string): Uint8Array {
  try {
    return native ? native(text) : Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return inconsistent();
  }
}
