import { describe, expect, it } from "vitest";
import { configurationProblems } from "./config";

const secret = "s".repeat(32);

describe("configurationProblems", () => {
  it.each([
    [{}, []],
    [{ AUTH_SECRET: secret, DATABASE_URL: "postgres://app@db/funnelmeter" }, []],
    [{ AUTH_SECRET: "short" }, ["AUTH_SECRET: must be at least 32 characters (e.g. `openssl rand -hex 32`)"]],
    [{ DATABASE_URL: "postgres://app@db/funnelmeter" }, ["AUTH_SECRET: is required with DATABASE_URL"]],
    [{ DATABASE_URL: "mysql://db/x", AUTH_SECRET: secret }, ["DATABASE_URL: must be a postgres:// URL"]],
    [
      { APP_URL: "funnelmeter.example.com" },
      ["APP_URL: must be an http(s) URL, e.g. https://funnelmeter.example.com"],
    ],
    [
      { SMTP_HOST: "mail", SMTP_USER: "u" },
      [
        "SMTP_FROM: is required when SMTP_HOST is set",
        "APP_URL: is required when SMTP_HOST is set (links in e-mails)",
        "SMTP_PASSWORD: SMTP_USER and SMTP_PASSWORD go together",
      ],
    ],
    [{ SMTP_FROM: "a@b.c" }, ["SMTP_HOST: is required when other SMTP_ settings are set"]],
    [
      { SMTP_HOST: "mail", SMTP_FROM: "a@b.c", APP_URL: "https://x.example", SMTP_PORT: "99999" },
      ["SMTP_PORT: Too big: expected number to be <=65535"],
    ],
    [{ MIGRATE_ON_START: "yes" }, ['MIGRATE_ON_START: must be "true" or "false"']],
    [{ AUTH_SECRET: "" }, []],
  ])("%j → %j", (env, problems) => {
    expect(configurationProblems(env as NodeJS.ProcessEnv)).toEqual(problems);
  });
});
