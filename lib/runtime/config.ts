// The production configuration, validated once at start (instrumentation.ts): every
// problem is listed at once, so an operator fixes them in one go instead of one per
// restart. Only checks that need no database live here; lib/operations/data/startup-checks.ts adds
// the database's.
import { z } from "zod";

const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(["true", "false"], { message: 'must be "true" or "false"' });
const httpUrl = z.url({
  protocol: /^https?$/,
  message: "must be an http(s) URL, e.g. https://funnelmeter.example.com",
});

const environment = z
  .object({
    AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (e.g. `openssl rand -hex 32`)")
      .optional(),
    APP_URL: httpUrl.optional(),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgres:// URL" }).optional(),
    DATABASE_POOL_SIZE: positiveInt.optional(),
    DATABASE_CONNECT_TIMEOUT: positiveInt.max(30).optional(),
    MIGRATE_ON_START: flag.optional(),
    METRICS_TOKEN: z.string().min(32, "must be at least 32 characters").optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: positiveInt.max(65_535).optional(),
    SMTP_SECURE: flag.optional(),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_FROM: z.string().min(3).optional(),
    API_RATE_LIMIT_PER_MINUTE: positiveInt.optional(),
    // Read by scripts/start.mjs (lib/security/client-address.mjs), which refuses a bad one too.
    TRUSTED_PROXIES: z
      .string()
      .regex(/^\d{0,2}$/, "must be a whole number of proxies (0 without one)")
      .optional(),
    // Webhooks may reach loopback and private networks: for tests and local development only.
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: flag.optional(),
  })
  .superRefine((env, issue) => {
    const missing = (path: string, message: string) =>
      issue.addIssue({ code: "custom", path: [path], message });
    // Several app instances share one PostgreSQL database, so they must share the secret
    // too; only the embedded database (one process) may fall back to a generated one.
    if (env.DATABASE_URL && !env.AUTH_SECRET) missing("AUTH_SECRET", "is required with DATABASE_URL");
    if (env.SMTP_HOST) {
      if (!env.SMTP_FROM) missing("SMTP_FROM", "is required when SMTP_HOST is set");
      if (!env.APP_URL) missing("APP_URL", "is required when SMTP_HOST is set (links in e-mails)");
    }
    if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
      missing(env.SMTP_USER ? "SMTP_PASSWORD" : "SMTP_USER", "SMTP_USER and SMTP_PASSWORD go together");
    }
    if (!env.SMTP_HOST && (env.SMTP_USER || env.SMTP_FROM || env.SMTP_PORT)) {
      missing("SMTP_HOST", "is required when other SMTP_ settings are set");
    }
  });

export type RuntimeConfig = z.infer<typeof environment>;

/** "NAME: problem" lines, empty when the configuration is usable. */
export function configurationProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  // An empty variable counts as unset (systemd and compose files often leave them empty).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = environment.safeParse(present);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
}
