import fs from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";
import { AUTH, FEATURES, PLATFORM, PLATFORM_SERVICES } from "./scripts/lib-layers.mjs";

// react-hooks' rules that run the React Compiler's analysis (all but rules-of-hooks and exhaustive-deps)
const REACT_COMPILER_RULES = [
  "static-components",
  "use-memo",
  "preserve-manual-memoization",
  "incompatible-library",
  "immutability",
  "globals",
  "refs",
  "set-state-in-effect",
  "error-boundaries",
  "purity",
  "set-state-in-render",
  "unsupported-syntax",
  "config",
  "gating",
];

const ROLE_NAMES = "/^(ADMIN|TRAINER|EXPERT|EMPLOYER)$/";

// Authorization is decided in lib/auth only (docs/decisions/004-capabilities.md): elsewhere nobody
// compares, switches on or reads an actor's role.
const noRoleDecisions = [
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/][left.property.name='role']",
    message: "Decide by capability (lib/auth/capabilities.ts), not by role.",
  },
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/][right.property.name='role']",
    message: "Decide by capability (lib/auth/capabilities.ts), not by role.",
  },
  {
    selector: `BinaryExpression[operator=/^[!=]==?$/][left.name=/role/i][right.value=${ROLE_NAMES}]`,
    message: "Compare roles only in lib/auth.",
  },
  { selector: "SwitchStatement[discriminant.property.name='role']", message: "Decide by capability, not by switching on a role." },
  {
    selector: "MemberExpression[object.name='actor'][property.name='role']",
    message: "Read the actor's role only in lib/auth (use capabilitiesFor, homeOf, roleLabelOf).",
  },
];

// lib/env.ts parses the environment once; app code reads env(), never process.env.
const noProcessEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through env() from lib/env.ts.",
};

const lib = (name) => `./lib/${name}`;

// The lib modules that start with `import "server-only"`: components/ may import their types, never
// their values (shared UI renders what it is given; a data fetch belongs to the route).
function serverOnlyModules(dir = "lib") {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : serverOnlyModules(p);
    if (!/\.tsx?$/.test(e.name) || !/^import "server-only";/m.test(fs.readFileSync(p, "utf8"))) return [];
    return [`@/${p.replace(/\.tsx?$/, "").replace(/\/index$/, "")}`];
  });
}

function layerZones() {
  const upper = ["./app", "./components", "./pages"];
  const zones = [];
  for (const name of PLATFORM)
    zones.push({
      target: lib(name),
      from: [...AUTH, ...PLATFORM_SERVICES, ...FEATURES].map(lib).concat(upper),
      message: "Platform (lib/" + name + ") imports no feature, no auth and no request machinery.",
    });
  zones.push({
    target: lib("auth"),
    from: [...PLATFORM_SERVICES, ...FEATURES].map(lib).concat(upper),
    message: "lib/auth is below every feature.",
  });
  for (const name of PLATFORM_SERVICES)
    zones.push({
      target: lib(name),
      from: FEATURES.map(lib).concat(upper),
      message: "Platform (lib/" + name + ") imports no feature; only lib/scheduler/jobs.ts names features' jobs.",
    });
  FEATURES.forEach((name, i) => {
    const later = FEATURES.slice(i + 1);
    zones.push({
      target: lib(name),
      from: later.map(lib).concat(upper, [lib("scheduler/jobs.ts")]),
      message:
        "lib/" +
        name +
        " may import only features before it in FEATURES (scripts/lib-layers.mjs), never " +
        "a later one: " +
        later.join(", ") +
        ".",
    });
  });
  return zones;
}

const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    ignores: ["lib/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["app/**", "components/**", "lib/**", "pages/**", "proxy.ts"],
    ignores: ["lib/auth/**", "lib/env.ts"],
    rules: { "no-restricted-syntax": ["error", ...noRoleDecisions, noProcessEnv] },
  },
  {
    files: ["lib/auth/**"],
    rules: { "no-restricted-syntax": ["error", noProcessEnv] },
  },
  // Platform below, features above (ARCHITECTURE.md "Layers"; issue 21): a platform module importing
  // a feature, or a feature importing one later in FEATURES, fails the lint.
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: serverOnlyModules().map((name) => ({
            name,
            allowTypeImports: true,
            message: "components/ is shared UI: it renders what it is given. Fetch in the route and pass the data (a type import is fine).",
          })),
        },
      ],
    },
  },
  // (scheduler/jobs.ts is the composition root: the job list names the features' jobs)
  { files: ["lib/**"], ignores: ["lib/scheduler/jobs.ts"], rules: { "import/no-restricted-paths": ["error", { zones: layerZones() }] } },
  // The React Compiler's rules read components and hooks; lib/, the tests, scripts and benchmarks hold
  // none (no .tsx, no "use client"), and on them the compiler's analysis was over half of the lint's
  // time in CI (ESLint's TIMING: react-hooks/static-components 46 s of 82).
  {
    files: ["lib/**", "tests/**", "scripts/**", "bench/**", "prisma/**"],
    rules: Object.fromEntries(REACT_COMPILER_RULES.map((rule) => [`react-hooks/${rule}`, "off"])),
  },
];
export default config;
