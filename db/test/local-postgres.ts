// Where the real-PostgreSQL test layers may create their throw-away databases. Like dub's
// guard, it refuses anything but a local server: tests create and drop databases.
export function adminDatabaseUrl(): string {
  const url =
    process.env.FUNNELMETER_TEST_PG_URL ??
    process.env.DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database host (${host}).`);
  }
  return url;
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
