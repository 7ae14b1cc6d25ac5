import { z } from "zod";

// The application's configuration, validated once. The launcher (scripts/start.ts) validates it before the
// server starts and fills DATABASE_URL, AUTH_SECRET and DEMO_MODE for the embedded database.
const serverEnvSchema = z.object({
  DATABASE_URL: z.string().refine((v) => /^postgres(ql)?:\/\//.test(v), "must be a postgresql:// URL"),
  DEMO_MODE: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  AUTH_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_HOURS: z.coerce.number().positive().max(24 * 30).default(8),
  // However active, a session ends this long after sign-in (lib/server/auth/config.ts reads it).
  SESSION_ABSOLUTE_HOURS: z.coerce.number().positive().max(24 * 90).default(12),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("SSO"),
  // Outgoing e-mail (reminders). Without SMTP_URL messages stay in the outbox (/admin/outbox): demo mode.
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/[^/]/.test(v), "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@host:587")
    .optional(),
  MAIL_FROM: z.string().min(3).default("NGVH 2030 <no-reply@ngvh.example.vn>"),
  // Reminders: "due soon" this many days before a deadline; the job runs every REMINDER_INTERVAL_MINUTES.
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(1).max(30).default(3),
  // Overdue reminders are sent for deadlines passed within this many days.
  REMINDER_OVERDUE_DAYS: z.coerce.number().int().min(1).max(730).default(60),
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  DISABLE_SCHEDULER: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  // API rate limits per fixed minute, shared by every instance through PostgreSQL; 0 switches a limit off.
  RATE_LIMIT_TOKEN_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  // Only behind a reverse proxy that sets X-Forwarded-For may the header name the client; otherwise anyone
  // could pick their own rate-limit bucket by sending it.
  TRUST_PROXY: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function readServerEnv(): ServerEnv {
  if (cached) return cached;
  const values = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const parsed = serverEnvSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}. See README.md, section Configuration.`);
  }
  cached = parsed.data;
  return cached;
}

export function isDemoMode(): boolean {
  return readServerEnv().DEMO_MODE;
}
