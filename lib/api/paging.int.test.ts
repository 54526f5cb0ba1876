// Paging of every list endpoint and conditional week writes (If-Match / ETag), through the
// handlers on both drivers.
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { weeklyEntries } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { createMemberRoute, listMembersRoute } from "./routes/members";
import { getMetrics } from "./routes/metrics";
import { listWeeks, putWeek } from "./routes/weeks";
import { call, newOrgWithKey } from "./testing/api-calls";

async function addRep(key: string, name: string) {
  const created = await call(createMemberRoute, "/members", key, {
    method: "POST",
    body: {
      email: `${unique("rep")}@example.com`,
      name,
      role: "rep",
      startedOn: "2026-01-05",
    },
  });
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  return created.body.id as string;
}

/** Follows nextCursor from the first page to the last, as an integrator would. */
async function allPages(
  fetchPage: (cursor?: string) => Promise<{ items: unknown[]; nextCursor: string | null }>,
) {
  const pages: unknown[][] = [];
  let cursor: string | undefined;
  do {
    const answer = await fetchPage(cursor);
    pages.push(answer.items);
    cursor = answer.nextCursor ?? undefined;
  } while (cursor && pages.length < 50);
  return pages;
}

const weekParams = (memberId: string, isoWeek: string) => ({ memberId, isoWeek });

describeDb("paging and conditional writes", () => {
  it("members page by name then id; the pages add up to the unpaged list, which has no next cursor", async () => {
    const a = await newOrgWithKey();
    for (const name of ["Zoë", "anna", "Bart", "Bart", "Céline"]) await addRep(a.key, name);
    const whole = await call(listMembersRoute, "/members", a.key);
    expect(whole.body.nextCursor).toBeNull();
    expect(whole.body.members).toHaveLength(6);
    const names = whole.body.members.map((m: { name: string }) => m.name);
    expect(names).toEqual(["Bart", "Bart", "Céline", "Owner", "Zoë", "anna"]); // code-point order
    const pages = await allPages(async (cursor) => {
      const answer = await call(
        listMembersRoute,
        `/members?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        a.key,
      );
      expect(answer.status).toBe(200);
      return { items: answer.body.members, nextCursor: answer.body.nextCursor };
    });
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2]);
    expect(pages.flat()).toEqual(whole.body.members);
  });

  it("a member added between two pages neither repeats nor hides the others", async () => {
    const a = await newOrgWithKey();
    for (const name of ["Bart", "Dirk", "Fien"]) await addRep(a.key, name);
    const first = await call(listMembersRoute, "/members?limit=2", a.key);
    expect(first.body.members.map((m: { name: string }) => m.name)).toEqual(["Bart", "Dirk"]);
    await addRep(a.key, "Anton"); // sorts before the cursor: not on a later page
    await addRep(a.key, "Emma");
    const rest = await call(listMembersRoute, `/members?cursor=${first.body.nextCursor}`, a.key);
    expect(rest.body.members.map((m: { name: string }) => m.name)).toEqual(["Emma", "Fien", "Owner"]);
    expect(rest.body.nextCursor).toBeNull();
  });

  it("metrics page in funnel order and weeks oldest first", async () => {
    const a = await newOrgWithKey();
    const metricPages = await allPages(async (cursor) => {
      const answer = await call(getMetrics, `/metrics?limit=3${cursor ? `&cursor=${cursor}` : ""}`, a.key);
      return { items: answer.body.metrics, nextCursor: answer.body.nextCursor };
    });
    expect(metricPages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect((await call(getMetrics, "/metrics", a.key)).body.metrics).toEqual(metricPages.flat());

    const memberId = await addRep(a.key, "Weeks Rep");
    for (const isoWeek of ["2026-W03", "2026-W01", "2026-W10", "2026-W02"]) {
      await call(putWeek, `/members/${memberId}/weeks/${isoWeek}`, a.key, {
        method: "PUT",
        body: { metrics: { calls: 10 } },
        params: weekParams(memberId, isoWeek),
      });
    }
    const weekPages = await allPages(async (cursor) => {
      const answer = await call(
        listWeeks,
        `/members/${memberId}/weeks?from=2026-W01&to=2026-W52&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        a.key,
        { params: { memberId } },
      );
      return { items: answer.body.weeks, nextCursor: answer.body.nextCursor };
    });
    expect(weekPages.map((p) => (p as { week: string }[]).map((w) => w.week))).toEqual([
      ["2026-W01", "2026-W02", "2026-W03"],
      ["2026-W10"],
    ]);
  });

  it("refuses a limit outside 1..1000 and a cursor it never gave out, with field messages", async () => {
    const a = await newOrgWithKey();
    for (const [query, field] of [
      ["limit=0", "limit"],
      ["limit=1001", "limit"],
      ["limit=2.5", "limit"],
      ["limit=ten", "limit"],
      ["cursor=nonsense", "cursor"],
      [`cursor=${Buffer.from('{"a":1}').toString("base64url")}`, "cursor"],
    ] as const) {
      const answer = await call(listMembersRoute, `/members?${query}`, a.key);
      expect(answer.status, query).toBe(422);
      expect(Object.keys(answer.body.error.fields), query).toEqual([field]);
    }
  });

  it("PUT weeks answers an ETag; If-Match with another version is 412 and stores nothing", async () => {
    const a = await newOrgWithKey();
    const memberId = await addRep(a.key, "Conditional Rep");
    const url = `/members/${memberId}/weeks/2026-W40`;
    const put = (metrics: Record<string, number>, ifMatch?: string) =>
      call(putWeek, url, a.key, {
        method: "PUT",
        body: { metrics },
        params: weekParams(memberId, "2026-W40"),
        headers: ifMatch === undefined ? {} : { "If-Match": ifMatch },
      });

    const stale = await put({ calls: 5 }, '"1"'); // nothing stored yet: version 0
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("conflict");
    const created = await put({ calls: 10 }, '"0"');
    expect(created.status).toBe(200);
    expect(created.headers.get("etag")).toBe('"1"');
    const updated = await put({ calls: 12 }, '"1"');
    expect(updated.body.version).toBe(2);
    expect(updated.headers.get("etag")).toBe('"2"');
    const lost = await put({ calls: 99 }, '"1"'); // a second writer who read version 1
    expect(lost.status).toBe(412);
    expect(lost.body.error.message).toMatch(/If-Match/);
    const retried = await put({ calls: 12 }, '"1"'); // a retry of the change that was stored
    expect(retried.status).toBe(200);
    expect(retried.body.version).toBe(2);
    const unconditional = await put({ calls: 13 }); // clients without If-Match: as before
    expect(unconditional.body.version).toBe(3);
    for (const malformed of ["1", 'W/"3"', "*", '"a"']) {
      const answer = await put({ calls: 1 }, malformed);
      expect(answer.status, malformed).toBe(422);
      expect(Object.keys(answer.body.error.fields)).toEqual(["If-Match"]);
    }
    const db = await testDb();
    const [row] = await db
      .select()
      .from(weeklyEntries)
      .where(and(eq(weeklyEntries.orgId, a.ctx.org.id), eq(weeklyEntries.memberId, memberId)));
    expect(row).toMatchObject({ version: 3, values: { calls: 13 } });
  });

  it("another organization's key pages nothing of this one and cannot write with If-Match", async () => {
    const a = await newOrgWithKey();
    const b = await newOrgWithKey();
    const memberOfA = await addRep(a.key, "Private Rep");
    const listed = await call(listMembersRoute, "/members?limit=1000", b.key);
    expect(listed.body.members.map((m: { id: string }) => m.id)).not.toContain(memberOfA);
    const cursorOfA = (await call(listMembersRoute, "/members?limit=1", a.key)).body.nextCursor;
    const withForeignCursor = await call(listMembersRoute, `/members?cursor=${cursorOfA}`, b.key);
    expect(withForeignCursor.body.members.map((m: { id: string }) => m.id)).not.toContain(memberOfA);
    const weeks = await call(listWeeks, `/members/${memberOfA}/weeks?limit=1`, b.key, {
      params: { memberId: memberOfA },
    });
    expect(weeks.status).toBe(404);
    const put = await call(putWeek, `/members/${memberOfA}/weeks/2026-W40`, b.key, {
      method: "PUT",
      body: { metrics: { calls: 1 } },
      params: weekParams(memberOfA, "2026-W40"),
      headers: { "If-Match": '"0"' },
    });
    expect(put.status).toBe(404);
  });
});
