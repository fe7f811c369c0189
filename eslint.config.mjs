import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

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
  // Platform below, features above (ARCHITECTURE.md, issue 21). The first platform folders moved out of
  // features hold no domain word and import no feature; the scan is below the report that draws it.
  {
    files: ["lib/pdf/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/**", "!@/lib/pdf/**", "@/app/**", "@/components/**"], message: "lib/pdf is platform: it imports no feature." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/scan/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/report/**", "@/lib/report"],
              message: "The scan is below the report: the report imports the scan, never the other way.",
            },
          ],
        },
      ],
    },
  },
];
export default config;
