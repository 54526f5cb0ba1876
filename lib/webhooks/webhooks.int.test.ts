// Outgoing webhooks end to end on both queues: a real HTTP server started here receives the
// deliveries and checks their signatures; a receiver that fails at first gets the event on
// a retry; a finally failed delivery can be sent again; a rolled-back change sends nothing;
// one organization's events never reach another's endpoints; internal targets are refused.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { describeDb, unique } from "@/db/test/harness";
import { HttpReceiver } from "@/db/test/http-receiver";
import { newOrg } from "@/db/test/orgs";
import { forgetQueuedJobs } from "@/db/test/queue";
import { waitFor } from "@/db/test/smtp";
import { executeOrgAction, type OrgActionDefinition } from "@/lib/actions/execute";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";
import type { WebhookEventType } from "@/lib/domain";
import { upsertWeek } from "@/lib/entries/data/weeks";
import { setGoal } from "@/lib/goals/data/goals";
import { type JobRunner, startQueueWorker } from "@/lib/jobs/data/job-runner";
import { MAILING_JOB } from "@/lib/jobs/data/mailings";
import { closeSurveyRound, openSurveyRound } from "@/lib/survey/data/surveys";
import { acceptInvitationWithNewAccount, inviteMember } from "@/lib/teams/data/invitations";
import {
  createWebhookEndpoint,
  emitWebhookEvent,
  listWebhookDeliveries,
  listWebhookEndpoints,
} from "@/lib/webhooks/data/webhooks";
import "@/lib/jobs/all-jobs";
import { runJobAttempt } from "@/lib/jobs/registry";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { createWebhookDefinition, deleteWebhookDefinition, resendWebhookDefinition } from "./definitions";
import { postSigned } from "./send";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "./signing";

const WEEK = { calls: 106, conversations: 38, appointments: 9, shortCallbacks: 16, longCallbacks: 3 };

let worker: JobRunner | null = null;
const receivers: HttpReceiver[] = [];

async function receiver(...statuses: number[]) {
  const r = new HttpReceiver().answer(...statuses);
  receivers.push(r);
  return { r, url: await r.start() };
}

beforeEach(() => forgetQueuedJobs());

afterEach(async () => {
  await worker?.stop();
  worker = null;
  for (const r of receivers.splice(0)) await r.stop();
  delete process.env.WEBHOOK_MAX_ATTEMPTS;
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = "true";
  vi.restoreAllMocks();
});

const startWorker = async () => {
  worker = await startQueueWorker({ pollIntervalMs: 200 });
};

async function register(ctx: OrgContext, url: string, eventTypes: WebhookEventType[] = ["week.saved"]) {
  return createWebhookEndpoint(ctx, { url, eventTypes });
}

const saveWeek = (ctx: OrgContext, weekStart = "2026-11-09") =>
  upsertWeek(ctx, { memberId: ctx.member!.id, weekStart, values: WEEK, notWorked: false });

function verified(request: { headers: Record<string, unknown>; body: string }, secret: string) {
  return verifySignature({
    secret,
    body: request.body,
    timestamp: request.headers[TIMESTAMP_HEADER] as string,
    signature: request.headers[SIGNATURE_HEADER] as string,
    nowSeconds: Math.floor(Date.now() / 1000),
  });
}

describeDb("outgoing webhooks", () => {
  it("a saved week is delivered once, signed, with the event id in body and header", async () => {
    const org = await newOrg();
    const { r, url } = await receiver();
    const { secret } = await register(org.ctx, url);
    await saveWeek(org.ctx);
    await startWorker();
    expect(await waitFor(() => r.requests.length === 1)).toBe(true);
    const [request] = r.requests;
    expect(verified(request!, secret)).toEqual({ ok: true });
    expect(verified(request!, "whsec_wrong")).toEqual({ ok: false, reason: "mismatch" });
    const event = JSON.parse(request!.body);
    expect(event).toMatchObject({
      type: "week.saved",
      organization: org.slug,
      data: { memberId: org.ctx.member!.id, week: "2026-W46", values: WEEK, notWorked: false, version: 1 },
    });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(request!.headers[EVENT_ID_HEADER]).toBe(event.id);
    expect(new Date(event.occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await waitFor(async () => (await listWebhookDeliveries(org.ctx))[0]?.status === "delivered")).toBe(
      true,
    );
    const [logged] = await listWebhookDeliveries(org.ctx);
    expect(logged!.attempts).toHaveLength(1);
    expect(logged!.attempts[0]).toMatchObject({ statusCode: 200, error: null });
    // The same week again changes nothing and sends nothing.
    await saveWeek(org.ctx);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(r.requests).toHaveLength(1);
  });

  it("a receiver that answers 500 at first gets the same event on the retry, and the log shows both", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const org = await newOrg();
    const { r, url } = await receiver(500);
    const { secret } = await register(org.ctx, url);
    await saveWeek(org.ctx);
    await startWorker();
    expect(await waitFor(() => r.requests.length === 2, 30_000)).toBe(true);
    const [first, second] = r.requests;
    expect(second!.headers[EVENT_ID_HEADER]).toBe(first!.headers[EVENT_ID_HEADER]);
    expect(second!.body).toBe(first!.body);
    expect(verified(second!, secret)).toEqual({ ok: true });
    expect(await waitFor(async () => (await listWebhookDeliveries(org.ctx))[0]?.status === "delivered")).toBe(
      true,
    );
    const [logged] = await listWebhookDeliveries(org.ctx);
    expect(logged!.attempts.map((a) => a.statusCode)).toEqual([500, 200]);
    expect(logged!.attempts[0]!.error).toContain("HTTP 500");
    expect(logged!.attempts.every((a) => a.durationMs >= 0)).toBe(true);
  });

  it("a delivery that finally failed is marked, and the owner sends it again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    process.env.WEBHOOK_MAX_ATTEMPTS = "1";
    const org = await newOrg();
    const { r, url } = await receiver(503);
    const { secret } = await register(org.ctx, url);
    await saveWeek(org.ctx);
    await startWorker();
    expect(
      await waitFor(async () => (await listWebhookDeliveries(org.ctx))[0]?.status === "failed", 30_000),
    ).toBe(true);
    const [failed] = await listWebhookDeliveries(org.ctx);
    const outcome = await executeOrgAction(resendWebhookDefinition, org.userId, org.slug, {
      deliveryId: failed!.id,
    });
    expect(outcome.ok).toBe(true);
    expect(await waitFor(() => r.requests.length === 2, 30_000)).toBe(true);
    expect(verified(r.requests[1]!, secret)).toEqual({ ok: true });
    expect(await waitFor(async () => (await listWebhookDeliveries(org.ctx))[0]?.status === "delivered")).toBe(
      true,
    );
    // Only a failed delivery can be sent again.
    const again = await executeOrgAction(resendWebhookDefinition, org.userId, org.slug, {
      deliveryId: failed!.id,
    });
    expect(again.ok ? "ok" : again.code).toBe("conflict");
  });

  it("a change that rolls back sends nothing", async () => {
    const org = await newOrg();
    const { r, url } = await receiver();
    await register(org.ctx, url);
    await expect(
      inOrg(org.ctx, async (tx) => {
        await emitWebhookEvent(tx, org.ctx.org, "week.saved", { test: true });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await startWorker();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(r.requests).toHaveLength(0);
    expect(await listWebhookDeliveries(org.ctx)).toEqual([]);
  });

  it("members invited and joining and a closed survey round are sent to the endpoints that asked for them", async () => {
    const org = await newOrg();
    const { r, url } = await receiver();
    await register(org.ctx, url, ["member.invited", "member.joined", "survey.closed"]);
    const { r: weeksOnly, url: weeksUrl } = await receiver();
    await register(org.ctx, weeksUrl, ["week.saved"]);
    const email = `${unique("joiner")}@example.test`;
    const sent = await inviteMember(org.ctx, { email, name: "Joiner", role: "rep", startedOn: "2026-11-23" });
    await acceptInvitationWithNewAccount(sent.invitationLink.split("/invite/")[1]!, {
      name: "Joiner",
      password: "long enough pw",
      locale: "en",
    });
    const { id: roundId } = await openSurveyRound(org.ctx, { title: "Q4", privacy: "anonymous" });
    await closeSurveyRound(org.ctx, roundId);
    await startWorker();
    expect(await waitFor(() => r.requests.length === 3, 30_000)).toBe(true);
    const events = r.requests.map((q) => JSON.parse(q.body));
    expect(events.map((e) => e.type).sort()).toEqual(["member.invited", "member.joined", "survey.closed"]);
    expect(events.find((e) => e.type === "member.joined").data).toMatchObject({
      memberId: sent.member.id,
      email,
      role: "rep",
    });
    expect(events.find((e) => e.type === "survey.closed").data).toMatchObject({ roundId, title: "Q4" });
    expect(weeksOnly.requests).toHaveLength(0);
  });

  it("a disabled endpoint gets nothing", async () => {
    const org = await newOrg();
    const { r, url } = await receiver();
    const { id } = await register(org.ctx, url);
    const { disableWebhookDefinition } = await import("./definitions");
    expect(
      (await executeOrgAction(disableWebhookDefinition, org.userId, org.slug, { endpointId: id })).ok,
    ).toBe(true);
    await saveWeek(org.ctx);
    await startWorker();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(r.requests).toHaveLength(0);
    expect(await listWebhookDeliveries(org.ctx)).toEqual([]);
  });

  it("another organization's owner neither sees nor touches the endpoints and deliveries, and gets none of its events", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const { r, url } = await receiver();
    const { r: otherReceiver, url: otherUrl } = await receiver();
    const { id } = await register(org.ctx, url);
    await register(other.ctx, otherUrl);
    await saveWeek(org.ctx);
    await startWorker();
    expect(await waitFor(() => r.requests.length === 1)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(otherReceiver.requests).toHaveLength(0);
    expect((await listWebhookEndpoints(other.ctx)).map((e) => e.url)).toEqual([otherUrl]);
    expect(await listWebhookDeliveries(other.ctx)).toEqual([]);
    const [delivery] = await listWebhookDeliveries(org.ctx);
    // biome-ignore lint/suspicious/noExplicitAny: two definitions of different schemas.
    const asOther = (definition: OrgActionDefinition<any>, input: object) =>
      executeOrgAction(definition, other.userId, other.slug, input);
    expect(await asOther(deleteWebhookDefinition, { endpointId: id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await asOther(resendWebhookDefinition, { deliveryId: delivery!.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    // Through the other organization's address, the first organization's ids are not found either.
    expect(
      await executeOrgAction(deleteWebhookDefinition, other.userId, org.slug, { endpointId: id }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await listWebhookEndpoints(org.ctx)).toHaveLength(1);
  });

  it("refuses internal and non-http targets unless private targets are allowed", async () => {
    const org = await newOrg();
    const { r, url } = await receiver();
    delete process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS;
    const create = (target: string) =>
      executeOrgAction(createWebhookDefinition, org.userId, org.slug, { url: target, "week.saved": "on" });
    for (const [target, key] of [
      [url, "webhookInternalAddress"],
      ["http://localhost:8080/hook", "webhookInternalAddress"],
      ["http://169.254.169.254/latest/meta-data", "webhookInternalAddress"],
      ["http://[::1]:8080/hook", "webhookInternalAddress"],
      ["ftp://example.com/hook", "webhookNotHttp"],
      ["not a url", "webhookInvalidUrl"],
    ] as const) {
      const outcome = await create(target);
      expect(outcome, target).toMatchObject({ ok: false, code: "validation_failed" });
      if (!outcome.ok) expect(outcome.fields?.url?.key, target).toBe(key);
    }
    expect(await listWebhookEndpoints(org.ctx)).toEqual([]);
    // At send time too: an address literal, and a name that resolves to loopback.
    const literal = await postSigned(url, "{}", {});
    expect(literal).toMatchObject({ statusCode: null, error: expect.stringContaining("internal address") });
    const named = await postSigned(url.replace("127.0.0.1", "localhost"), "{}", {});
    expect(named).toMatchObject({ statusCode: null, error: expect.stringContaining("internal address") });
    expect(r.requests).toHaveLength(0);
    // With the setting (tests, local development) the same URL is accepted.
    process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = "true";
    expect((await create(url)).ok).toBe(true);
  });

  it("the Monday digest job sends goal.missed and warning.raised for last week, once per member and week", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "info").mockImplementation(() => {});
    const org = await newOrg({ today: "2026-01-05" });
    const memberId = org.ctx.member!.id;
    const { r, url } = await receiver();
    await register(org.ctx, url, ["goal.missed", "warning.raised"]);
    // Twenty steady weeks, then two without a single appointment: a goal of 10 missed, and
    // a run far below the control chart's lower limit.
    const lastWeek = "2026-W47";
    for (let i = 21; i >= 0; i--) {
      const week = addIsoWeeks(lastWeek, -i);
      await upsertWeek(org.ctx, {
        memberId,
        weekStart: mondayDateOfIsoWeek(week),
        values: { calls: 100, conversations: 40, appointments: i < 2 ? 0 : 10 },
        notWorked: false,
      });
    }
    await setGoal(org.ctx, {
      memberId,
      fromWeekStart: "2026-01-05",
      appointments: 10,
      calls: null,
      conversations: null,
    });
    const digest = { orgId: org.ctx.org.id, weekStart: mondayDateOfIsoWeek(lastWeek) };
    await runJobAttempt(MAILING_JOB.digest, digest, { attempt: 1, maxAttempts: 3 });
    // A retried or repeated digest sends nothing twice.
    await runJobAttempt(MAILING_JOB.digest, digest, { attempt: 2, maxAttempts: 3 });
    await startWorker();
    expect(await waitFor(() => r.requests.length === 2, 30_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(r.requests).toHaveLength(2);
    const events = r.requests.map((q) => JSON.parse(q.body));
    const missed = events.find((e) => e.type === "goal.missed");
    expect(missed.data).toEqual({
      memberId,
      week: lastWeek,
      goal: { appointments: 10 },
      actual: { appointments: 0 },
    });
    const warning = events.find((e) => e.type === "warning.raised");
    expect(warning.data.memberId).toBe(memberId);
    expect(warning.data.week).toBe(isoWeekOfDate(digest.weekStart));
    expect(warning.data.warnings.length).toBeGreaterThan(0);
  });
});
