// The settings model: schema and defaults, the migration from every older version, corrupt and foreign
// values, and the per-site rule.
import * as v from "valibot";
import {
  DEFAULT_SETTINGS,
  enabledPacks,
  isActiveOn,
  migrate,
  parseSettings,
  SETTINGS_VERSION,
  type Settings,
  SettingsSchema,
  withAccess,
  withSiteActive,
} from "../../src/core/settings";

const settings = (patch: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...patch,
});

describe("schema and defaults", () => {
  test("the defaults are valid, versioned and mark everything", () => {
    expect(v.is(SettingsSchema, DEFAULT_SETTINGS)).toBe(true);
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
    expect(Object.values(DEFAULT_SETTINGS.types).every(Boolean)).toBe(true);
  });

  test("nothing stored gives a fresh copy of the defaults, with nothing to rewrite", () => {
    const a = parseSettings(undefined);
    expect(a).toEqual({ settings: DEFAULT_SETTINGS, rewrite: false });
    a.settings.sites["x.example"] = "off";
    expect(DEFAULT_SETTINGS.sites).toEqual({});
    expect(parseSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });

  test("valid current settings pass through unchanged", () => {
    const stored = settings({ enabled: false, sites: { "a.example": "on" }, style: "both", language: "de" });
    expect(parseSettings(stored)).toEqual({ settings: stored, rewrite: false });
  });

  test.each([
    ["tooltip delay above the maximum", { tooltipDelay: 5000 }],
    ["fractional delay", { tooltipDelay: 1.5 }],
    ["unknown style", { style: "blink" }],
    ["unknown language", { language: "fr" }],
  ])("rejects a %s", (_, patch) => {
    expect(v.is(SettingsSchema, { ...DEFAULT_SETTINGS, ...patch })).toBe(false);
  });
});

describe("migration", () => {
  test("there is a step from every older version to the current one", () => {
    for (let version = 1; version < SETTINGS_VERSION; version++) {
      const result = migrate({ ...DEFAULT_SETTINGS, version });
      expect(result.kind).toBe("migrated");
    }
    expect(migrate({ enabled: true }).kind).toBe("migrated");
  });

  test("an unversioned legacy object keeps its valid fields and gains the rest from the defaults", () => {
    const legacy = { enabled: false, sites: { "news.example": "on" }, style: "background" };
    const parsed = parseSettings(legacy);
    expect(parsed.error).toBeUndefined();
    expect(parsed.rewrite).toBe(true);
    expect(parsed.settings).toEqual(
      settings({ enabled: false, sites: { "news.example": "on" }, style: "background" }),
    );
  });

  test("a legacy object with some bad fields keeps the good ones and names the bad ones", () => {
    const parsed = parseSettings({ enabled: "yes", tooltipDelay: 800, types: { person: false, media: 3 } });
    expect(parsed.settings.enabled).toBe(true);
    expect(parsed.settings.tooltipDelay).toBe(800);
    expect(parsed.settings.types.person).toBe(false);
    expect(parsed.settings.types.media).toBe(true);
    expect(parsed.error).toMatch(/"enabled".*"types\.media"/);
    expect(parsed.rewrite).toBe(true);
  });

  test("settings from a newer release are read where possible and never rewritten", () => {
    const parsed = parseSettings({ ...settings({ style: "both" }), version: SETTINGS_VERSION + 1, extra: 1 });
    expect(parsed.settings).toEqual(settings({ style: "both" }));
    expect(parsed.rewrite).toBe(false);
    expect(parsed.error).toMatch(/newer version/);
  });
});

describe("corrupt and foreign values", () => {
  test.each([
    ["a string", "enabled"],
    ["a number", 42],
    ["an array", [1, 2]],
    ["a bad version", { ...DEFAULT_SETTINGS, version: "1" }],
    ["a negative version", { ...DEFAULT_SETTINGS, version: -3 }],
  ])("%s is replaced with the defaults, with an error and a rewrite", (_, stored) => {
    const parsed = parseSettings(stored);
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.error).toMatch(/not usable/);
    expect(parsed.rewrite).toBe(true);
  });

  test("one bad site rule does not throw away the others, nor the rest of the settings", () => {
    const stored = {
      ...settings({ style: "both" }),
      sites: { "good.example": "off", "bad.example": "maybe" },
    };
    const parsed = parseSettings(stored);
    expect(parsed.settings.sites).toEqual({ "good.example": "off" });
    expect(parsed.settings.style).toBe("both");
    expect(parsed.error).toMatch(/sites\.bad\.example/);
  });

  test("a foreign object (someone else's key) ends up as defaults without crashing", () => {
    const parsed = parseSettings({ theme: "dark", sites: "all", types: null });
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.error).toMatch(/"sites"/);
  });
});

describe("per-site rules", () => {
  test("a site rule wins over the master switch", () => {
    expect(isActiveOn(settings(), "a.example")).toBe(true);
    expect(isActiveOn(settings({ sites: { "a.example": "off" } }), "a.example")).toBe(false);
    expect(isActiveOn(settings({ enabled: false }), "a.example")).toBe(false);
    expect(isActiveOn(settings({ enabled: false, sites: { "a.example": "on" } }), "a.example")).toBe(true);
    expect(isActiveOn(settings({ sites: { "a.example": "off" } }), "b.example")).toBe(true);
  });

  test("a rule named like an Object.prototype key is not inherited", () => {
    expect(isActiveOn(settings(), "constructor")).toBe(true);
  });

  test("withSiteActive stores only rules that differ from the master switch", () => {
    const off = withSiteActive(settings(), "a.example", false);
    expect(off.sites).toEqual({ "a.example": "off" });
    expect(withSiteActive(off, "a.example", true).sites).toEqual({});
    const onlyHere = withSiteActive(settings({ enabled: false }), "a.example", true);
    expect(onlyHere.sites).toEqual({ "a.example": "on" });
    expect(isActiveOn(onlyHere, "a.example")).toBe(true);
    expect(isActiveOn(onlyHere, "b.example")).toBe(false);
  });

  test("withSiteActive does not change its input", () => {
    const before = settings({ sites: { "b.example": "off" } });
    withSiteActive(before, "a.example", false);
    expect(before.sites).toEqual({ "b.example": "off" });
  });
});

describe("site access", () => {
  /** Settings exactly as version 1 stored them before `access` existed. */
  const older = () => {
    const { access: _, ...rest } = settings({ style: "both", sites: { "a.example": "off" } });
    return rest;
  };

  test("settings stored before `access` existed parse unchanged, as all sites, with nothing to rewrite", () => {
    const stored = older();
    expect("access" in stored).toBe(false);
    const parsed = parseSettings(stored);
    expect(parsed.error).toBeUndefined();
    expect(parsed.rewrite).toBe(false);
    expect(parsed.settings).toEqual({ ...stored, access: "all" });
    expect(DEFAULT_SETTINGS.access).toBe("all");
  });

  test.each([["everywhere"], [1], [null]])("a bad access value %p falls back to all sites alone", (bad) => {
    const parsed = parseSettings({ ...older(), access: bad });
    expect(parsed.settings).toEqual({ ...older(), access: "all" });
    expect(parsed.error).toMatch(/"access"/);
    expect(parsed.rewrite).toBe(true);
  });

  test('"chosen" is kept when stored', () => {
    const stored = settings({ access: "chosen", sites: { "a.example": "on" } });
    expect(parseSettings(stored)).toEqual({ settings: stored, rewrite: false });
  });

  test('with "chosen" only a site with rule "on" is active, whatever the master switch', () => {
    for (const enabled of [true, false]) {
      const chosen = settings({
        enabled,
        access: "chosen",
        sites: { "a.example": "on", "b.example": "off" },
      });
      expect(isActiveOn(chosen, "a.example")).toBe(true);
      expect(isActiveOn(chosen, "b.example")).toBe(false);
      expect(isActiveOn(chosen, "c.example")).toBe(false);
    }
  });

  test('withSiteActive under "chosen" stores "on" for an allowed site and removes it when disallowed', () => {
    const chosen = settings({ access: "chosen", sites: { "b.example": "off" } });
    const allowed = withSiteActive(chosen, "a.example", true);
    expect(allowed.sites).toEqual({ "b.example": "off", "a.example": "on" });
    expect(isActiveOn(allowed, "a.example")).toBe(true);
    const again = withSiteActive(allowed, "a.example", false);
    expect(again.sites).toEqual({ "b.example": "off" });
    expect(isActiveOn(again, "a.example")).toBe(false);
    expect(isActiveOn(withSiteActive(chosen, "b.example", true), "b.example")).toBe(true);
  });

  test('switching to "chosen" starts with no site chosen and keeps "off" rules for the way back', () => {
    const all = settings({ enabled: false, sites: { "on.example": "on", "off.example": "off" } });
    const chosen = withAccess(all, "chosen");
    expect(chosen.access).toBe("chosen");
    expect(chosen.sites).toEqual({ "off.example": "off" });
    expect(isActiveOn(chosen, "on.example")).toBe(false);
    expect(all.sites).toEqual({ "on.example": "on", "off.example": "off" });
  });

  test('back to "all", chosen sites that agree with the master switch leave no rule', () => {
    const chosen = settings({ access: "chosen", sites: { "a.example": "on", "b.example": "off" } });
    const all = withAccess(chosen, "all");
    expect(all.access).toBe("all");
    expect(all.sites).toEqual({ "b.example": "off" });
    expect(isActiveOn(all, "c.example")).toBe(true);
    const masterOff = withAccess({ ...chosen, enabled: false }, "all");
    expect(masterOff.sites).toEqual({ "a.example": "on" });
    expect(withAccess(all, "all")).toBe(all);
  });
});

describe("packs", () => {
  const withoutPacks = (): Record<string, unknown> => {
    const { packs: _, ...rest } = structuredClone(DEFAULT_SETTINGS);
    return rest;
  };

  test("both packs are on by default", () => {
    expect(DEFAULT_SETTINGS.packs).toEqual({ seed: true, world: true });
    expect([...enabledPacks(DEFAULT_SETTINGS)]).toEqual(["seed", "world"]);
  });

  test("settings stored before packs existed parse unchanged, with both on and nothing to rewrite", () => {
    const parsed = parseSettings(withoutPacks());
    expect(parsed.error).toBeUndefined();
    expect(parsed.rewrite).toBe(false);
    expect(parsed.settings).toEqual({ ...withoutPacks(), packs: { seed: true, world: true } });
  });

  test("a pack switched off is kept; a bad packs value falls back to both on alone", () => {
    const off = parseSettings({ ...DEFAULT_SETTINGS, packs: { seed: true, world: false } });
    expect(off.settings.packs).toEqual({ seed: true, world: false });
    expect([...enabledPacks(off.settings)]).toEqual(["seed"]);
    const bad = parseSettings({ ...DEFAULT_SETTINGS, style: "both", packs: { world: "no" } });
    expect(bad.settings.packs).toEqual({ seed: true, world: true });
    expect(bad.settings.style).toBe("both");
    expect(bad.error).toMatch(/"packs"/);
  });
});
