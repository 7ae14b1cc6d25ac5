import { z } from "zod";

// The application's configuration, validated once. The launcher (scripts/start.ts) validates it before the
// server starts and fills DATABASE_URL, AUTH_SECRET and DEMO_MODE for the embedded database.
const flag = () =>
  z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1");

// Sessions (read by the request proxy too, so without the database variables).
const sessionEnvSchema = z.object({
  // The key the session cookie is encrypted with (the launcher fills it for the embedded database).
  AUTH_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(8),
  // However active, a session ends this long after sign-in (lib/server/auth/config.ts reads it).
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  // The portal's public address; an https:// one makes session cookies Secure regardless of proxy headers.
  AUTH_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
});

// Outgoing e-mail (reminders). Without SMTP_URL messages stay in the outbox (/admin/outbox): demo mode.
const mailEnvSchema = z.object({
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/[^/]/.test(v), "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@host:587")
    .optional(),
  MAIL_FROM: z.string().min(3).default("NGVH 2030 <no-reply@ngvh.example.vn>"),
});

// Where attachments are stored: local disk, or S3-compatible storage when all four S3_* variables are set.
const S3_REQUIRED = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
const storageEnvSchema = z
  .object({
    PORTAL_UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
    S3_ENDPOINT: z.url().optional(),
    S3_BUCKET: z.string().min(1).max(63).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
  })
  .superRefine((env, ctx) => {
    // Half a configuration would silently store files on the local disk of one server: say so instead.
    const present = S3_REQUIRED.filter((name) => env[name] !== undefined);
    if (present.length > 0 && present.length < S3_REQUIRED.length) {
      const missing = S3_REQUIRED.filter((name) => env[name] === undefined);
      ctx.addIssue({
        code: "custom",
        path: [missing[0]!],
        message: `S3 storage is partly configured: set ${missing.join(", ")} as well, or unset ${present.join(", ")}`,
      });
    }
  });

const serverEnvObject = z.object({
  DATABASE_URL: z.string().refine((v) => /^postgres(ql)?:\/\//.test(v), "must be a postgresql:// URL"),
  DEMO_MODE: flag(),
  AUTH_SECRET: z.string().min(32).optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("SSO"),
  // Reminders: "due soon" this many days before a deadline; the job runs every REMINDER_INTERVAL_MINUTES.
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(1).max(30).default(3),
  // Overdue reminders are sent for deadlines passed within this many days.
  REMINDER_OVERDUE_DAYS: z.coerce.number().int().min(1).max(730).default(60),
  REMINDER_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  DISABLE_SCHEDULER: flag(),
  // API rate limits per fixed minute, shared by every instance through PostgreSQL; 0 switches a limit off.
  RATE_LIMIT_TOKEN_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  // Only behind a reverse proxy that sets X-Forwarded-For may the header name the client; otherwise anyone
  // could pick their own rate-limit bucket by sending it.
  TRUST_PROXY: flag(),
  // The dashboards' roll-up cache (lib/server/cache/rollup-cache.ts); "off" recomputes on every request.
  ROLLUP_CACHE: z.enum(["on", "off"]).default("on"),
  // Whole reference pages and the overview cached per data version (lib/server/cache/page-cache.ts); "off"
  // renders every page load.
  PAGE_CACHE: z.enum(["on", "off"]).default("on"),
  // The port this server listens on (npm start and the test servers set it): the page cache renders a page by
  // requesting it from the server itself; without it, pages are not cached.
  PORT: z.coerce.number().int().min(1).max(65_535).optional(),
});

const serverEnvSchema = z.object({ ...serverEnvObject.shape, ...sessionEnvSchema.shape, ...mailEnvSchema.shape }).and(storageEnvSchema);

export type ServerEnv = z.infer<typeof serverEnvSchema>;
export type SessionEnv = z.infer<typeof sessionEnvSchema>;
export type MailEnv = z.infer<typeof mailEnvSchema>;
export type StorageEnv = z.infer<typeof storageEnvSchema>;

type Environment = Record<string, string | undefined>;

function parseEnv<T>(schema: z.ZodType<T>, env: Environment): T {
  const values = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}. See README.md, section Configuration.`);
  }
  return parsed.data;
}

let cached: ServerEnv | undefined;

// Everything, validated once at start-up (instrumentation.ts) and cached.
export function readServerEnv(): ServerEnv {
  cached ??= parseEnv(serverEnvSchema, process.env);
  return cached;
}

// The subsets below are read at each use, not cached: the request proxy needs no database variables, and tests
// (and the launcher) point mail delivery and file storage elsewhere after the modules are loaded. They were
// validated with everything else at start-up.
export function readSessionEnv(): SessionEnv {
  return parseEnv(sessionEnvSchema, process.env);
}

export function readMailEnv(): MailEnv {
  return parseEnv(mailEnvSchema, process.env);
}

export function readStorageEnv(env: Environment = process.env): StorageEnv {
  return parseEnv(storageEnvSchema, env);
}

export function isS3Configured(env: StorageEnv): env is StorageEnv & Required<Pick<StorageEnv, (typeof S3_REQUIRED)[number]>> {
  return S3_REQUIRED.every((name) => env[name] !== undefined);
}

export function isDemoMode(): boolean {
  return readServerEnv().DEMO_MODE;
}
