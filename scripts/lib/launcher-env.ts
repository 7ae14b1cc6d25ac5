// The launcher's configuration, validated before anything starts. The application validates its own
// variables again in lib/server/env.ts.
import { z } from "zod";
import { maxOldSpaceMbSchema } from "./node-flags";
import { StartupError } from "./startup-error";

const booleanString = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "must start with postgresql://")
    .optional(),
  DEMO_MODE: booleanString.optional(),
  PORTAL_DATA_DIR: z.string().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PORTAL_MAX_OLD_SPACE_MB: maxOldSpaceMbSchema,
});

export type LauncherEnv = z.infer<typeof schema>;

export function readLauncherEnv(env: NodeJS.ProcessEnv = process.env): LauncherEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new StartupError(`The environment is not valid: ${problems}. See README.md, section Configuration.`);
  }
  return parsed.data;
}
