// Builds the dashboard (src/dashboard/ui, Preact) into dist/dashboard/ with esbuild: one ES module,
// its CSS and the HTML shell the API serves for every page. Part of `npm run build`, so `npm
// install` (prepare) leaves it ready and the server never bundles at start-up.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = `${root}dist/dashboard`;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${root}src/dashboard/ui/main.tsx`],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  jsx: "automatic",
  jsxImportSource: "preact",
  outfile: `${out}/app.js`,
  logLevel: "warning",
});
copyFileSync(`${root}src/dashboard/ui/style.css`, `${out}/app.css`);
copyFileSync(`${root}src/dashboard/ui/index.html`, `${out}/index.html`);
