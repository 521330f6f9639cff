// Modules that the build (scripts/build.ts) provides.
declare module "randnotiz:factbase" {
  const factbase: import("../src/core/factbase/schema").FactbaseJson;
  export default factbase;
}

/** The browser a bundle is built for; replaced at build time (scripts/build.ts). */
declare const __BROWSER__: "chrome" | "firefox";

/** Text files bundled as strings (the build's ".txt" loader). */
declare module "*.txt" {
  const text: string;
  export default text;
}

/** The page stylesheet as a string, for shadow roots that do not inherit it (the build's ".css" loader). */
declare module "*.css" {
  const text: string;
  export default text;
}
