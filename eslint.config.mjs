// The lint tier (`npm run lint`, first tier of `npm test`): Next's rules (React, react-hooks, jsx-a11y, import),
// type-aware typescript-eslint, and the import rules of ARCHITECTURE.md. Formatting is Prettier's job
// (`prettier --check` in the same tier); eslint-config-prettier switches off every rule that would disagree with it.
// Any error or warning fails the tier (`--max-warnings 0`). Decision record: docs/decisions/006-lint-and-format.md.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

const TS_FILES = ["**/*.{ts,tsx,mts,cts}"];
const TEST_FILES = ["tests/**", "**/*.test.{ts,tsx}"];

// ── Import boundaries (ARCHITECTURE.md, "Where things live") ────────────────────────────────────────────────
// import/no-restricted-paths works on resolved paths, so `@/…` aliases and `../..` climbs are both caught.
const zone = (target, from, message) => ({ target, from, message });
const LIB_ZONES = [
  zone("./lib", "./app", "lib/** never imports app/**: routes depend on lib, not the other way round."),
  zone("./lib", "./prisma/seed", "lib/** never imports the seed: shared data lives in lib/, and the seed imports it."),
  zone("./lib", "./prisma/seed.ts", "lib/** never imports the seed."),
];
const DOMAIN_ZONES = [
  zone(
    "./lib/domain",
    [
      "./app",
      "./components",
      "./lib/server",
      "./lib/schemas",
      "./lib/i18n",
      "./lib/security",
      "./lib/generated",
      "./prisma",
      "./scripts",
      "./tests",
    ],
    "lib/domain imports nothing outside itself (pure rules: no Prisma, no Next, no clock).",
  ),
];
// DTOs cross the server/client line: pages pass them from lib/server/queries to components, so they import only
// other client-safe modules.
const DTO_ZONES = [
  zone(
    "./lib/dto",
    ["./app", "./components", "./lib/server", "./lib/generated", "./prisma", "./scripts", "./tests"],
    "lib/dto is client-safe: plain types shared by queries and components (lib/domain types at most).",
  ),
];
const COMPONENT_SERVER_ZONE = zone(
  "./components",
  ["./lib/server", "./lib/generated"],
  "components/** never import lib/server (server-only code) or the Prisma client: take types from client-safe modules (lib/domain, lib/schemas, lib/dto).",
);
const COMPONENT_APP_ZONE = zone(
  "./components",
  "./app",
  "components/** never import app/**: action state types live in client-safe modules outside app/.",
);

// ── Configuration is read in one place ───────────────────────────────────────────────────────────────────────
// `process.env` belongs to lib/server/env.ts, which validates it at start-up. NODE_ENV, NEXT_RUNTIME and
// NEXT_PHASE are set by Node.js/Next.js themselves (Next inlines NODE_ENV at build time), not configuration.
const PROCESS_ENV_RULE = [
  "error",
  {
    selector:
      "MemberExpression[object.name='process'][property.name='env']:not(MemberExpression[property.name=/^(NODE_ENV|NEXT_RUNTIME|NEXT_PHASE)$/] > MemberExpression.object)",
    message: "Read configuration through lib/server/env.ts (validated at start-up), not process.env.",
  },
];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "blob-report/**",
      "coverage/**",
      "bench/results/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // vitest.config.mts is outside tsconfig.json's include (*.ts, *.tsx): type-check it with default options.
      parserOptions: { projectService: { allowDefaultProject: ["vitest.config.mts"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks a parameter or element the signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      // Server actions, route handlers, next.config's headers() and test doubles of async interfaces must be
      // async whether or not they await; the rule's findings here were all of that kind.
      "@typescript-eslint/require-await": "off",
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // CommonJS is what `node --require` loads (scripts/soak/gc-probe.cjs).
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  {
    // Test and tool code reads JSON bodies and SQL rows, which Playwright's `response.json()`, `fetch` and pg type
    // as `any`; the assertions that follow check their shape. Production code (app, components, lib) keeps
    // these rules.
    files: ["tests/**", "scripts/**", "prisma/**", "**/*.test.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },

  // ── Boundaries ──
  {
    files: ["lib/**"],
    ignores: ["lib/domain/**"],
    rules: { "import/no-restricted-paths": ["error", { zones: LIB_ZONES }] },
  },
  {
    files: ["lib/domain/**"],
    ignores: TEST_FILES,
    rules: {
      "import/no-restricted-paths": ["error", { zones: [...DOMAIN_ZONES, ...LIB_ZONES] }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // One pure package is allowed: the Vietnamese lunar calendar (arithmetic only, no I/O, no clock), used
              // by lib/domain/holidays.ts for Tết and Giỗ Tổ Hùng Vương.
              regex: "^(?!\\.{1,2}/|@/lib/domain/|@dqcai/vn-lunar$)",
              message: "lib/domain imports nothing outside itself (no packages, no Prisma, no Next).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/dto/**"],
    rules: { "import/no-restricted-paths": ["error", { zones: [...DTO_ZONES, ...LIB_ZONES] }] },
  },
  {
    files: ["components/**"],
    rules: { "import/no-restricted-paths": ["error", { zones: [COMPONENT_SERVER_ZONE, COMPONENT_APP_ZONE] }] },
  },
  {
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/server/env.ts", ...TEST_FILES],
    rules: { "no-restricted-syntax": PROCESS_ENV_RULE },
  },

  {
    // Queries read; writes (with their audit entry, in one transaction) live in lib/server/services.
    files: ["lib/server/queries/**"],
    ignores: TEST_FILES,
    rules: {
      "no-restricted-syntax": [
        ...PROCESS_ENV_RULE,
        {
          selector:
            "CallExpression[callee.property.name=/^(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany|\\$executeRaw|\\$executeRawUnsafe)$/]",
          message: "lib/server/queries only reads: put writes in lib/server/services.",
        },
      ],
    },
  },

  prettier,
);
