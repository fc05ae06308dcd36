// Lists the licence of every NuGet package (transitive included) and every npm package of Corridor, writes
// docs/licences.md, and with --check fails when a licence is neither on the allow-list nor in
// scripts/licence-exceptions.txt. Called by scripts/licences.sh, which passes the output of
// `dotnet list Corridor.slnx package --include-transitive --format json` as the first argument.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [, , packagesJson, ...flags] = process.argv;
const check = flags.includes("--check");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

// Licences compatible with distributing Corridor under the EUPL-1.2 (SPDX identifiers).
const allowed = new Set([
  "MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "MPL-2.0", "MS-PL", "PostgreSQL", "Zlib",
  "Unlicense", "CC0-1.0", "0BSD", "EUPL-1.2", "OFL-1.1", "BlueOak-1.0.0", "BSL-1.0", "Python-2.0", "CC-BY-4.0",
]);
// Licence URLs of older nuspecs that name one of the licences above.
const knownUrls = new Map([
  ["https://github.com/dotnet/corefx/blob/master/LICENSE.TXT", "MIT"],
  ["https://github.com/dotnet/runtime/blob/main/LICENSE.TXT", "MIT"],
  ["https://github.com/dotnet/runtime/blob/master/LICENSE.TXT", "MIT"],
  ["https://github.com/dotnet/standard/blob/master/LICENSE.TXT", "MIT"],
  ["https://raw.githubusercontent.com/dotnet/runtime/main/LICENSE.TXT", "MIT"],
  ["https://github.com/dotnet/aspnetcore/blob/main/LICENSE.txt", "MIT"],
  ["https://github.com/dotnet/efcore/blob/main/LICENSE.txt", "MIT"],
  ["https://raw.githubusercontent.com/xunit/xunit/master/license.txt", "Apache-2.0"],
  ["https://opensource.org/licenses/MIT", "MIT"],
  ["https://opensource.org/licenses/Apache-2.0", "Apache-2.0"],
  ["http://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0"],
  ["https://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0"],
  ["http://www.apache.org/licenses/LICENSE-2.0.html", "Apache-2.0"],
]);

// --- the SPDX expression: allowed when the expression can be satisfied with allowed licences only ---
function satisfiable(expression) {
  const tokens = expression.replace(/[()]/g, " $& ").split(/\s+/).filter(Boolean);
  let i = 0;
  const orExpr = () => { let v = andExpr(); while (tokens[i]?.toUpperCase() === "OR") { i++; v = andExpr() || v; } return v; };
  const andExpr = () => { let v = atom(); while (tokens[i]?.toUpperCase() === "AND") { i++; v = atom() && v; } return v; };
  const atom = () => {
    const t = tokens[i++];
    if (t === "(") { const v = orExpr(); i++; return v; }
    if (tokens[i]?.toUpperCase() === "WITH") { i += 2; return false; } // licence exceptions are reviewed by hand
    return allowed.has((t ?? "").replace(/\+$/, ""));
  };
  const v = orExpr();
  return i === tokens.length && v;
}

// --- NuGet ---
function nugetLicence(id, version) {
  const cache = process.env.NUGET_PACKAGES || path.join(os.homedir(), ".nuget", "packages");
  const dir = path.join(cache, id.toLowerCase(), version.toLowerCase());
  const nuspec = path.join(dir, `${id.toLowerCase()}.nuspec`);
  if (!fs.existsSync(nuspec)) return { licence: "", note: "not in the NuGet cache (restore first)" };
  const xml = fs.readFileSync(nuspec, "utf8");
  const lic = xml.match(/<license\s+type="(expression|file)"\s*>([^<]*)<\/license>/);
  if (lic?.[1] === "expression") return { licence: lic[2].trim(), note: "" };
  if (lic?.[1] === "file") {
    const file = path.join(dir, lic[2].trim());
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const guess = licenceFromText(text);
    return guess ? { licence: guess, note: `from ${lic[2].trim()}` } : { licence: "", note: `licence file ${lic[2].trim()} not recognised` };
  }
  const url = xml.match(/<licenseUrl>([^<]*)<\/licenseUrl>/)?.[1]?.trim() ?? "";
  const nuget = url.match(/^https:\/\/licenses\.nuget\.org\/(.+)$/);
  if (nuget) return { licence: decodeURIComponent(nuget[1]), note: "" };
  if (knownUrls.has(url)) return { licence: knownUrls.get(url), note: `from ${url}` };
  return { licence: "", note: url ? `licence URL ${url}` : "no licence in the nuspec" };
}

function licenceFromText(text) {
  if (/Permission is hereby granted, free of charge, to any person obtaining a copy/.test(text)) return "MIT";
  if (/Apache License\s+Version 2\.0/i.test(text)) return "Apache-2.0";
  return "";
}

function nugetPackages() {
  const json = JSON.parse(fs.readFileSync(packagesJson, "utf8"));
  const seen = new Map();
  for (const project of json.projects ?? [])
    for (const framework of project.frameworks ?? [])
      for (const p of [...(framework.topLevelPackages ?? []), ...(framework.transitivePackages ?? [])]) {
        const key = `${p.id}@${p.resolvedVersion}`;
        if (!seen.has(key)) seen.set(key, { id: p.id, version: p.resolvedVersion, projects: new Set() });
        seen.get(key).projects.add(path.basename(project.path, ".csproj"));
      }
  return [...seen.values()].map(p => ({ ...p, ...nugetLicence(p.id, p.version) }));
}

// --- npm: every package.json under node_modules, else the lock file ---
function npmPackages() {
  const web = path.join(root, "src", "Corridor.Web");
  const found = new Map();
  const walk = modules => {
    if (!fs.existsSync(modules)) return;
    for (const entry of fs.readdirSync(modules)) {
      if (entry.startsWith(".")) continue;
      const dirs = entry.startsWith("@") ? fs.readdirSync(path.join(modules, entry)).map(e => path.join(modules, entry, e)) : [path.join(modules, entry)];
      for (const dir of dirs) {
        const manifest = path.join(dir, "package.json");
        if (fs.existsSync(manifest)) {
          const p = JSON.parse(fs.readFileSync(manifest, "utf8"));
          const licence = typeof p.license === "string" ? p.license : p.license?.type ?? (p.licenses ?? []).map(l => l.type ?? l).join(" OR ");
          found.set(`${p.name}@${p.version}`, { id: p.name, version: p.version, licence: licence ?? "", note: "" });
        }
        walk(path.join(dir, "node_modules"));
      }
    }
  };
  walk(path.join(web, "node_modules"));
  if (found.size === 0 && fs.existsSync(path.join(web, "package-lock.json"))) {
    const lock = JSON.parse(fs.readFileSync(path.join(web, "package-lock.json"), "utf8"));
    for (const [where, p] of Object.entries(lock.packages ?? {}))
      if (where) found.set(`${where}@${p.version}`, { id: where.replace(/^.*node_modules\//, ""), version: p.version, licence: p.license ?? "", note: "from package-lock.json (node_modules not installed)" });
  }
  return [...found.values()];
}

// --- reviewed exceptions: "nuget:Id[@version] reason" or "npm:name[@version] reason" ---
function exceptions() {
  const file = path.join(root, "scripts", "licence-exceptions.txt");
  const list = [];
  if (!fs.existsSync(file)) return list;
  fs.readFileSync(file, "utf8").split("\n").forEach((raw, n) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const m = line.match(/^(nuget|npm):(\S+?)(?:@(\S+))?\s+(\S.*)$/);
    if (!m) { console.error(`scripts/licence-exceptions.txt line ${n + 1}: expected 'nuget:Id[@version] reason' or 'npm:name[@version] reason'`); process.exit(2); }
    list.push({ kind: m[1], id: m[2].toLowerCase(), version: m[3], reason: m[4] });
  });
  return list;
}

const excepted = exceptions();
const judge = (kind, p) => {
  if (p.licence && satisfiable(p.licence)) return "";
  const e = excepted.find(x => x.kind === kind && x.id === p.id.toLowerCase() && (!x.version || x.version === p.version));
  return e ? `exception: ${e.reason}` : "NOT ALLOWED";
};

const nuget = nugetPackages().sort((a, b) => a.id.localeCompare(b.id, "en") || a.version.localeCompare(b.version));
const npm = npmPackages().sort((a, b) => a.id.localeCompare(b.id, "en"));
const rows = (kind, list) => list.map(p => {
  const verdict = judge(kind, p);
  return { ...p, kind, verdict };
});
const all = [...rows("nuget", nuget), ...rows("npm", npm)];
const bad = all.filter(p => p.verdict === "NOT ALLOWED");

const cell = s => String(s).replace(/\|/g, "\\|");
const table = (kind, title) => {
  const list = all.filter(p => p.kind === kind);
  let s = `## ${title} (${list.length})\n\n| package | version | licence | note |\n|---|---|---|---|\n`;
  for (const p of list)
    s += `| ${cell(p.id)} | ${cell(p.version)} | ${cell(p.licence || "unknown")} | ${cell([p.note, p.verdict].filter(Boolean).join("; "))} |\n`;
  return s;
};

if (!check) {
  const md = `# Third-party licences\n\nCorridor itself is licensed under the EUPL-1.2 (\`LICENSE\`). This page lists every package it builds with,\n` +
    `NuGet packages with their transitive dependencies (tests and benchmarks included) and the npm packages of the web\n` +
    `front end, with the licence each declares (the nuspec's \`<license>\` or \`<licenseUrl>\`, the package.json \`license\`).\n\n` +
    `Written by \`bash scripts/licences.sh\`; do not edit by hand. \`bash scripts/licences.sh --check\` (run by \`.ci/run\`)\n` +
    `fails when a licence is not one of ${[...allowed].join(", ")} (or an SPDX expression\n` +
    `satisfiable with them) and the package is not among the reviewed exceptions in \`scripts/licence-exceptions.txt\`.\n\n` +
    table("nuget", "NuGet packages") + "\n" + table("npm", "npm packages");
  fs.writeFileSync(path.join(root, "docs", "licences.md"), md);
  console.log(`wrote docs/licences.md: ${nuget.length} NuGet and ${npm.length} npm packages`);
}
for (const p of bad) console.error(`licence not allowed: ${p.kind} ${p.id} ${p.version}: ${p.licence || "unknown"}${p.note ? ` (${p.note})` : ""}`);
if (check) console.log(`licences: ${all.length - bad.length} of ${all.length} packages allowed${bad.length ? `, ${bad.length} not (add a reviewed line to scripts/licence-exceptions.txt if acceptable)` : ""}`);
process.exit(check && bad.length ? 1 : 0);
