import { describe, expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { newUser } from "@/db/test/members";
import { endAllSessions, endSession, findSessionUser, startSession } from "@/lib/auth/data/sessions";
import {
  assertSignUpAllowed,
  loginThrottled,
  noteLoginFailure,
  TooManyAttemptsError,
} from "@/lib/auth/login-throttle";
import { hitRateLimit, slidingVerdict } from "./rate-limit";

const unique = () => Math.random().toString(36).slice(2);
const at = (iso: string) => new Date(iso);

describe("the sliding window", () => {
  it.each([
    // hits, previous, limit, elapsed of 60 s -> allowed, retry after
    [5, 0, 5, 30, true, 1],
    [1, 5, 5, 1, false, 11], // 1 + 5 * 59/60 = 5.92; back to 5 once 1 + 5(1 - t/60) <= 5, at t = 12 s
    [1, 5, 5, 12, true, 1],
    [6, 0, 5, 10, false, 50],
  ])("%i now, %i before, limit %i, %i s in", (hits, previous, limit, elapsed, allowed, retry) => {
    const verdict = slidingVerdict(hits, previous, limit, 60_000, elapsed * 1000);
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.retryAfterSeconds).toBe(retry);
  });
});

describeDb("limits kept in the database", () => {
  it("a window boundary does not let twice the limit through", async () => {
    const bucket = `test:${unique()}`;
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await hitRateLimit(bucket, 5, 60, at("2026-11-20T10:00:59Z")));
    for (let i = 0; i < 5; i++) verdicts.push(await hitRateLimit(bucket, 5, 60, at("2026-11-20T10:01:01Z")));
    expect(verdicts.map((v) => v.allowed)).toEqual([...Array(5).fill(true), ...Array(5).fill(false)]);
    // Two windows later the old hits no longer count.
    expect((await hitRateLimit(bucket, 5, 60, at("2026-11-20T10:03:00Z"))).allowed).toBe(true);
  });

  it("10 failed log-ins in 15 minutes hold the account back, other accounts not; unknown emails alike", async () => {
    const t0 = at("2026-11-20T10:00:00Z");
    const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);
    const known = (await newUser("Known")).email;
    const unknown = `nobody-${unique()}@example.test`;
    for (const email of [known, unknown]) {
      for (let i = 0; i < 9; i++) await noteLoginFailure(email, `10.0.${i}.1`, minutes(i));
      expect(await loginThrottled(email, "10.9.9.9", minutes(9))).toBe(false);
      await noteLoginFailure(email.toUpperCase(), "10.0.9.1", minutes(9));
      expect(await loginThrottled(email, "10.9.9.9", minutes(10))).toBe(true);
      // The first failure leaves the window at minute 15.
      expect(await loginThrottled(email, "10.9.9.9", minutes(15.01))).toBe(false);
    }
    expect(await loginThrottled(`other-${unique()}@example.test`, "10.9.9.9", minutes(10))).toBe(false);
  });

  it("10 failed log-ins from one address hold that address back, for any email", async () => {
    const now = at("2026-11-20T11:00:00Z");
    const address = `192.0.2.${Math.floor(Math.random() * 250)}-${unique()}`;
    for (let i = 0; i < 10; i++) await noteLoginFailure(`guess-${unique()}@example.test`, address, now);
    expect(await loginThrottled(`fresh-${unique()}@example.test`, address, now)).toBe(true);
    expect(await loginThrottled(`fresh-${unique()}@example.test`, `${address}x`, now)).toBe(false);
  });

  it("sign-ups from one address are limited per hour", async () => {
    const address = `198.51.100.${unique()}`;
    const now = at("2026-11-20T12:00:00Z");
    for (let i = 0; i < 20; i++) await assertSignUpAllowed(address, now);
    await expect(assertSignUpAllowed(address, now)).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(assertSignUpAllowed(`${address}x`, now)).resolves.toBeUndefined();
  });

  it("logging out ends that session only; logging out everywhere ends them all", async () => {
    const user = await newUser("Sessions");
    const [a, b] = [await startSession(user.id), await startSession(user.id)];
    expect(await findSessionUser(user.id, 0, a)).not.toBeNull();
    await endSession(user.id, a);
    expect(await findSessionUser(user.id, 0, a)).toBeNull();
    expect(await findSessionUser(user.id, 0, b)).not.toBeNull();
    // A token without a session id (or someone else's) is refused.
    expect(await findSessionUser(user.id, 0, undefined)).toBeNull();
    const other = await newUser("Other");
    expect(await findSessionUser(other.id, 0, b)).toBeNull();
    const c = await startSession(user.id);
    await endAllSessions(user.id);
    expect(await findSessionUser(user.id, 0, b)).toBeNull();
    expect(await findSessionUser(user.id, 1, c)).toBeNull();
  });
});
