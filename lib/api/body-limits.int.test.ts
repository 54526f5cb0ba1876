// API bodies are capped (413, unread past the cap, nothing stored) and error bodies stay
// small however many fields were wrong. Called as Next calls the handlers.
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { weeklyEntries } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { createApiKey } from "@/lib/api/data/api-keys";
import { signUpWithOrganization } from "@/lib/auth/data/users";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { MAX_ERROR_FIELDS } from "./define-route";
import { putWeek } from "./routes/weeks";

async function orgWithKey() {
  const slug = unique("org");
  const { userId } = await signUpWithOrganization({
    email: `${unique("o")}@example.test`,
    name: "O",
    password: "long enough pw",
    orgName: "Org",
    orgSlug: slug,
    locale: "en",
    today: "2026-11-23",
  });
  const ctx = (await resolveMembership(userId, slug)) as OrgContext;
  return { ctx, key: (await createApiKey(ctx, { name: "test" })).key, memberId: ctx.member!.id };
}

async function put(key: string, memberId: string, body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1/members/${memberId}/weeks/2026-W40`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const response = await putWeek.handle(request, {
    params: Promise.resolve({ memberId, isoWeek: "2026-W40" }),
  });
  const text = await response.text();
  return { status: response.status, size: text.length, body: JSON.parse(text) };
}

describeDb("API body limits", () => {
  it("a body above 64 KB is refused with 413, announced or streamed, and nothing is stored", async () => {
    const { key, memberId, ctx } = await orgWithKey();
    const big = JSON.stringify({ metrics: { calls: 10 }, padding: "x".repeat(70 * 1024) });
    const announced = await put(key, memberId, big);
    expect(announced.status).toBe(413);
    expect(announced.body.error.code).toBe("payload_too_large");
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 64)
          controller.close(); // 1 MB if it were read to the end
        else controller.enqueue(chunk);
      },
    });
    const streamed = await put(key, memberId, stream);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(10);
    const db = await testDb();
    expect(await db.select().from(weeklyEntries).where(eq(weeklyEntries.orgId, ctx.org.id))).toEqual([]);
  });

  it("thousands of bad fields give a small error body naming a few of them", async () => {
    const { key, memberId } = await orgWithKey();
    const metrics = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`k${i}`, "x"]));
    const answer = await put(key, memberId, JSON.stringify({ metrics }));
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.error.fields)).toHaveLength(MAX_ERROR_FIELDS);
    expect(answer.size).toBeLessThan(4096);
  });
});
