// Jest transform: esbuild strips types and converts ESM (ours and preact's) to CommonJS.
// Type checking is tsc's job (npm run typecheck), so this stays fast.
const { transformSync } = require("esbuild");
const path = require("node:path");

function loaderFor(file) {
  const ext = path.extname(file).slice(1);
  if (ext === "tsx" || ext === "jsx") return ext;
  if (ext === "ts" || ext === "mts" || ext === "cts") return "ts";
  if (ext === "json") return "json";
  return "js";
}

module.exports = {
  process(source, file) {
    const result = transformSync(source, {
      loader: loaderFor(file),
      format: "cjs",
      target: "node20",
      jsx: "automatic",
      jsxImportSource: "preact",
      sourcemap: "inline",
      sourcefile: file,
    });
    return { code: result.code };
  },
};
