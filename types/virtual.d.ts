// Modules that the build (scripts/build.ts) provides.
declare module "randnotiz:factbase" {
  const factbase: import("../src/core/factbase/schema").FactbaseJson;
  export default factbase;
}
