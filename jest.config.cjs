// Three projects: fast Node unit tests that need nothing but the sources; tests of the built extension
// (bundle size, packages), which npm test runs after npm run build; and E2E tests that drive the built
// extension in real browsers.
const transform = { "^.+\\.(t|j)sx?$|^.+\\.mjs$": "<rootDir>/tests/esbuild-transform.cjs" };
const transformIgnorePatterns = ["/node_modules/(?!(preact|@testing-library/preact|approx-string-match)/)"];
const moduleNameMapper = {
  // preact 11 ships ESM only; point jest at the module files so the transform can convert them.
  "^preact$": "<rootDir>/node_modules/preact/dist/preact.mjs",
  "^preact/hooks$": "<rootDir>/node_modules/preact/hooks/dist/hooks.mjs",
  "^preact/jsx-runtime$": "<rootDir>/node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs",
};

module.exports = {
  // Browser start-up and big pages take seconds; unit tests finish long before this.
  testTimeout: 60000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts?(x)"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: "build",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/build/**/*.test.ts"],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
      transform,
      transformIgnorePatterns,
    },
  ],
};
