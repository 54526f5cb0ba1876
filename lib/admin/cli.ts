// The admin CLI: `npm run admin -- <command>`. Each command prints one JSON object on
// stdout and exits 0, or prints an error on stderr and exits non-zero. It runs against
// the same database as the app (DATABASE_URL, else the embedded data directory, which
// it refuses to open while the app holds it).
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import {
  createApiKey,
  createOrgWithOwner,
  migrateDatabase,
  operatorContext,
  seedBenchHistory,
  seedDemo,
} from "@/lib/admin/data/admin";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { orgSlugSchema } from "@/lib/auth/schemas";
import { closeDatabase } from "@/lib/data/lifecycle";
import { API_KEY_ROLES } from "@/lib/domain";
import { ConflictError, ValidationError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import {
  importOrganizationData,
  readOrgExport,
  writeOrganizationData,
} from "@/lib/operations/data/org-transfer";
import { writeBuffered } from "@/lib/operations/spooled-download";
import { todayIn } from "@/lib/weeks/calendar";

class UsageError extends Error {}

const usage = (error: z.ZodError) => error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ");

const createOrgOptions = z.object({
  name: z.string().trim().min(1, "--name is required"),
  slug: orgSlugSchema,
  "owner-email": z.email("--owner-email must be an email address"),
  "owner-password": z
    .string()
    .min(MIN_PASSWORD_LENGTH, `--owner-password needs at least ${MIN_PASSWORD_LENGTH} characters`),
});

const commands: Record<string, (args: string[]) => Promise<unknown>> = {
  async migrate() {
    await migrateDatabase();
    return { migrated: true };
  },
  async "create-org"(args) {
    const { values } = parseArgs({
      args,
      options: {
        name: { type: "string" },
        slug: { type: "string" },
        "owner-email": { type: "string" },
        "owner-password": { type: "string" },
      },
    });
    const parsed = createOrgOptions.safeParse(values);
    if (!parsed.success) throw new UsageError(usage(parsed.error));
    const o = parsed.data;
    return createOrgWithOwner({
      name: o.name,
      slug: o.slug,
      ownerEmail: o["owner-email"],
      ownerPassword: o["owner-password"],
      today: todayIn("Europe/Brussels", new Date()),
    });
  },
  async "seed-demo"() {
    return seedDemo(new Date());
  },
  async "create-api-key"(args) {
    const { values } = parseArgs({
      args,
      options: { org: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
    });
    const parsed = z
      .object({
        org: z.string().min(1, "--org is required"),
        name: z.string().trim().min(1, "--name is required"),
        role: z.enum(API_KEY_ROLES, { error: "--role is owner or manager" }).default("manager"),
      })
      .safeParse(values);
    if (!parsed.success) throw new UsageError(usage(parsed.error));
    const { key } = await createApiKey(await operatorContext(parsed.data.org), {
      name: parsed.data.name,
      role: parsed.data.role,
    });
    return { key };
  },
  async "export-org"(args) {
    const { values } = parseArgs({ args, options: { org: { type: "string" }, out: { type: "string" } } });
    const parsed = z
      .object({
        org: z.string().min(1, "--org is required"),
        out: z.string().min(1, "--out is required (a file to write)"),
      })
      .safeParse(values);
    if (!parsed.success) throw new UsageError(usage(parsed.error));
    let rows: Record<string, number> = {};
    await writeBuffered(parsed.data.out, async (write) => {
      rows = await writeOrganizationData(parsed.data.org, write);
    });
    return { org: parsed.data.org, out: parsed.data.out, rows };
  },
  async "import-org"(args) {
    const { values } = parseArgs({ args, options: { file: { type: "string" }, slug: { type: "string" } } });
    const parsed = z
      .object({ file: z.string().min(1, "--file is required"), slug: orgSlugSchema.optional() })
      .safeParse(values);
    if (!parsed.success) throw new UsageError(usage(parsed.error));
    let json: unknown;
    try {
      json = JSON.parse(await fs.readFile(parsed.data.file, "utf8"));
    } catch (error) {
      throw new UsageError(`--file: cannot read ${parsed.data.file} as JSON (${(error as Error).message})`);
    }
    return importOrganizationData(readOrgExport(json), { slug: parsed.data.slug });
  },
  async "seed-bench"(args) {
    const { values } = parseArgs({
      args,
      options: {
        org: { type: "string" },
        reps: { type: "string" },
        weeks: { type: "string" },
        seed: { type: "string" },
      },
    });
    const whole = (flag: string, max: number) =>
      z.coerce
        .number()
        .int(`${flag} must be a whole number`)
        .min(1, `${flag} must be at least 1`)
        .max(max, `${flag} is at most ${max}`);
    const parsed = z
      .object({
        org: z.string().min(1, "--org is required"),
        reps: whole("--reps", 5000),
        weeks: whole("--weeks", 520),
        seed: z.coerce.number().int("--seed must be a whole number").default(1),
      })
      .safeParse(values);
    if (!parsed.success) throw new UsageError(usage(parsed.error));
    const { org, ...options } = parsed.data;
    return seedBenchHistory(await operatorContext(org), { ...options, now: new Date() });
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(`usage: npm run admin -- <${Object.keys(commands).join(" | ")}> [options]`);
    return 2;
  }
  try {
    const result = await command(args);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    const t = createTranslator({ locale: "en", messages: loadMessages("en"), namespace: "errors" });
    if (error instanceof ValidationError) {
      const detail = Object.entries(error.fields).map(
        ([f, m]) => `${f}: ${t(m.key as never, m.values as never)}`,
      );
      console.error(`error: invalid input (${detail.join("; ")})`);
    } else if (error instanceof ConflictError) {
      console.error(`error: ${t(error.reason.key as never, error.reason.values as never)}`);
    } else if (
      error instanceof UsageError ||
      (error instanceof Error && error.name === "TypeError" && "code" in error)
    ) {
      console.error(`error: ${error.message}`);
    } else {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  } finally {
    await closeDatabase();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
