import "server-only";
// The quick start's demo organization tells the seed article's story: three trainee reps
// over eight weeks whose calls fall, get longer, and book more appointments. In week 6
// the team's total is the article's week: 106 calls, 38 decision-maker conversations,
// 9 appointments, 16 short-term and 3 long-term callbacks.
import { eq } from "drizzle-orm";
import { memberPay, members, organizations, users, weeklyEntries } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { globalDb, lookup } from "@/lib/data/tenant-tx";
import { insertOrganization } from "@/lib/teams/data/organizations";
import { addWeeksTo, mondayOf, todayIn } from "@/lib/weeks/calendar";

const DEMO = {
  orgSlug: "demo",
  orgName: "Inventi Demo",
  password: "funnelmeter-demo",
  ownerEmail: "manager@demo.funnelmeter.test",
  ownerName: "Mieke Manager",
  repEmail: "lotte@demo.funnelmeter.test",
  timeZone: "Europe/Brussels",
} as const;

// Pay, so that the profitability page has something to weigh: one trainee paid by the hour.
const REPS = [
  {
    name: "Lotte Peeters",
    email: DEMO.repEmail,
    share: 0.37,
    canLogIn: true,
    cost: { kind: "hourly", amount: 32 },
  },
  {
    name: "Sander Janssens",
    email: "sander@demo.funnelmeter.test",
    share: 0.33,
    canLogIn: false,
    cost: { kind: "monthly", amount: 2900 },
  },
  {
    name: "Amira El Idrissi",
    email: "amira@demo.funnelmeter.test",
    share: 0.3,
    canLogIn: false,
    cost: { kind: "monthly", amount: 2900 },
  },
] as const;

/** What a booked appointment is worth in the demo: 80% show up, a quarter close, at €4,000. */
const DEMO_VALUE_MODEL = { showRate: 0.8, closeRate: 0.25, averageDealValue: 4000 };

/** Team totals per week, oldest first. Talk minutes grow faster than calls fall. */
const TEAM_WEEKS = [
  {
    calls: 160,
    conversations: 30,
    appointments: 3,
    shortCallbacks: 10,
    longCallbacks: 4,
    hours: 36,
    talkMinutes: 320,
  },
  {
    calls: 150,
    conversations: 31,
    appointments: 4,
    shortCallbacks: 11,
    longCallbacks: 4,
    hours: 35,
    talkMinutes: 345,
  },
  {
    calls: 138,
    conversations: 33,
    appointments: 5,
    shortCallbacks: 12,
    longCallbacks: 3,
    hours: 34,
    talkMinutes: 359,
  },
  {
    calls: 128,
    conversations: 34,
    appointments: 6,
    shortCallbacks: 13,
    longCallbacks: 4,
    hours: 33,
    talkMinutes: 371,
  },
  {
    calls: 118,
    conversations: 36,
    appointments: 7,
    shortCallbacks: 14,
    longCallbacks: 3,
    hours: 32,
    talkMinutes: 378,
  },
  {
    calls: 106,
    conversations: 38,
    appointments: 9,
    shortCallbacks: 16,
    longCallbacks: 3,
    hours: 30,
    talkMinutes: 371,
  },
  {
    calls: 100,
    conversations: 38,
    appointments: 10,
    shortCallbacks: 15,
    longCallbacks: 4,
    hours: 30,
    talkMinutes: 380,
  },
  {
    calls: 96,
    conversations: 39,
    appointments: 11,
    shortCallbacks: 16,
    longCallbacks: 3,
    hours: 29,
    talkMinutes: 384,
  },
] as const;

/** Splits a whole total over shares so that the parts are whole and add up exactly. */
function splitByShares(total: number, shares: readonly number[]): number[] {
  const exact = shares.map((s) => total * s);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** The per-rep weeks of the demo, for eight weeks ending with the week before `now`. */
function demoWeeks(now: Date) {
  const lastWeek = addWeeksTo(mondayOf(todayIn(DEMO.timeZone, now)), -1);
  const firstWeek = addWeeksTo(lastWeek, -(TEAM_WEEKS.length - 1));
  const shares = REPS.map((r) => r.share);
  return {
    firstWeek,
    weeks: TEAM_WEEKS.flatMap((team, index) => {
      const perRep = Object.entries(team).map(([key, total]) => [key, splitByShares(total, shares)] as const);
      return REPS.map((rep, repIndex) => ({
        repEmail: rep.email,
        weekStart: addWeeksTo(firstWeek, index),
        values: Object.fromEntries(perRep.map(([key, parts]) => [key, parts[repIndex] ?? 0])),
      }));
    }),
  };
}

/**
 * Creates the demo organization unless it exists (idempotent). `orgSlug` lets a test seed
 * a demo of its own, with its own clock, beside one that other tests share.
 */
export async function seedDemo(now: Date, orgSlug: string = DEMO.orgSlug) {
  const [existing] = await lookup({ orgSlug }, (tx) =>
    tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, orgSlug)),
  );
  if (existing) return { created: false, ...credentials(orgSlug) };

  const passwordHash = await hashPassword(DEMO.password);
  const { firstWeek, weeks } = demoWeeks(now);
  const db = await globalDb();
  await db.transaction(async (tx) => {
    const [owner] = await tx
      .insert(users)
      .values({ email: DEMO.ownerEmail, name: DEMO.ownerName, passwordHash })
      .onConflictDoUpdate({ target: users.email, set: { passwordHash } })
      .returning({ id: users.id });
    if (!owner) throw new Error("demo owner not created");
    const ctx = await insertOrganization(tx, {
      name: DEMO.orgName,
      slug: orgSlug,
      timeZone: DEMO.timeZone,
      owner: { userId: owner.id, email: DEMO.ownerEmail, name: DEMO.ownerName, startedOn: firstWeek },
    });
    await tx.update(organizations).set(DEMO_VALUE_MODEL).where(eq(organizations.id, ctx.org.id));
    const repIds = new Map<string, string>();
    for (const rep of REPS) {
      let userId: string | null = null;
      if (rep.canLogIn) {
        const [user] = await tx
          .insert(users)
          .values({ email: rep.email, name: rep.name, passwordHash })
          .onConflictDoUpdate({ target: users.email, set: { passwordHash } })
          .returning({ id: users.id });
        userId = user?.id ?? null;
      }
      const [member] = await tx
        .insert(members)
        .values({
          orgId: ctx.org.id,
          userId,
          email: rep.email,
          name: rep.name,
          role: "rep",
          status: "active",
          startedOn: firstWeek,
        })
        .returning({ id: members.id });
      if (member) {
        repIds.set(rep.email, member.id);
        await tx
          .insert(memberPay)
          .values({ orgId: ctx.org.id, memberId: member.id, effectiveFrom: firstWeek, ...rep.cost });
      }
    }
    await tx.insert(weeklyEntries).values(
      weeks.map((w) => ({
        orgId: ctx.org.id,
        memberId: repIds.get(w.repEmail) as string,
        weekStart: w.weekStart,
        values: w.values,
        updatedByUserId: owner.id,
      })),
    );
  });
  return { created: true, ...credentials(orgSlug) };
}

function credentials(orgSlug: string) {
  return {
    orgSlug,
    managerEmail: DEMO.ownerEmail,
    repEmail: DEMO.repEmail,
    password: DEMO.password,
  };
}
