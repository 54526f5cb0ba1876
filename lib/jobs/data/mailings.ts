import "server-only";
// The weekly mailings' data: which organizations the clock looks at, the once-only claim of
// a mailing (scheduled_runs), and who gets what. Each fan-out queues all its mails in one
// transaction, so a retried job never mails anybody twice.
import { and, asc, eq, inArray, isNotNull, lte, notExists } from "drizzle-orm";
import { type Locale, members, organizations, scheduledRuns, users, weeklyEntries } from "@/db/schema";
import { inOrg, lookup, type OrgContext } from "@/lib/data/tenant-tx";
import type { DueMailing } from "@/lib/jobs/mailing-schedule";
import type { OutgoingMail } from "@/lib/mail/send-mail";
import { addDaysTo } from "@/lib/weeks/calendar";
import { enqueue } from "./jobs";
import { queueMail } from "./mail-outbox";

export const MAILING_JOB = { reminder: "mailing.reminder", digest: "mailing.digest" } as const;

export interface MailingJobPayload extends Record<string, unknown> {
  orgId: string;
  weekStart: string;
}

export async function listOrganizationsForClock() {
  // Row-level security hides every organization outside a context, for the tables' owner
  // too: the clock reads them through its own narrow lookup.
  return lookup({ scheduler: "mailings" }, (tx) =>
    tx
      .select({
        id: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        timeZone: organizations.timeZone,
      })
      .from(organizations),
  );
}

/**
 * Starts a mailing unless it was started before: the row of scheduled_runs and the fan-out
 * job are written together, and the primary key lets one instance (or one run of the clock)
 * win. True when this call started it.
 */
export async function claimMailing(orgId: string, due: DueMailing): Promise<boolean> {
  return inOrg({ org: { id: orgId } }, async (tx) => {
    const [claimed] = await tx
      .insert(scheduledRuns)
      .values({ orgId, kind: due.kind, period: due.period })
      .onConflictDoNothing()
      .returning({ orgId: scheduledRuns.orgId });
    if (!claimed) return false;
    const payload: MailingJobPayload = { orgId, weekStart: due.weekStart };
    await enqueue(MAILING_JOB[due.kind], payload, { tx });
    return true;
  });
}

export interface Recipient {
  memberId: string;
  name: string;
  email: string;
  locale: Locale | null;
}

/** The organization as the mail jobs (run without a request) see it: an operator's view. */
export async function mailingContext(orgId: string): Promise<OrgContext | null> {
  const [org] = await inOrg({ org: { id: orgId } }, (tx) =>
    tx.select().from(organizations).where(eq(organizations.id, orgId)),
  );
  if (!org) return null;
  return {
    org: { id: org.id, slug: org.slug, name: org.name, timeZone: org.timeZone },
    member: null,
    role: "owner",
    userId: null,
  };
}

/**
 * Reps who should have filled in the week and did not: active, with an account (only they
 * can fill it in), started by that Friday, not opted out, and without a row for the week
 * (a week marked "not worked" is filled in).
 */
export interface MissingRep extends Recipient {
  /** The person's own choice (account page); the digest lists them either way. */
  wantsReminder: boolean;
}

export async function repsMissingWeek(
  ctx: Pick<OrgContext, "org">,
  weekStart: string,
): Promise<MissingRep[]> {
  return inOrg(ctx, (tx) =>
    tx
      .select({
        memberId: members.id,
        name: members.name,
        email: members.email,
        locale: users.locale,
        wants: users.weeklyReminders,
      })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(
        and(
          eq(members.orgId, ctx.org.id),
          eq(members.role, "rep"),
          eq(members.status, "active"),
          isNotNull(members.userId),
          lte(members.startedOn, addDaysTo(weekStart, 4)),
          notExists(
            tx
              .select({ one: weeklyEntries.memberId })
              .from(weeklyEntries)
              .where(
                and(
                  eq(weeklyEntries.orgId, members.orgId),
                  eq(weeklyEntries.memberId, members.id),
                  eq(weeklyEntries.weekStart, weekStart),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(members.name), asc(members.id)),
  ).then((rows) => rows.map(({ wants, ...r }) => ({ ...r, wantsReminder: wants })));
}

/** Active owners and managers with an account: the digest's readers. */
export async function digestReaders(ctx: Pick<OrgContext, "org">): Promise<Recipient[]> {
  return inOrg(ctx, (tx) =>
    tx
      .select({ memberId: members.id, name: members.name, email: members.email, locale: users.locale })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(
        and(
          eq(members.orgId, ctx.org.id),
          inArray(members.role, ["owner", "manager"]),
          eq(members.status, "active"),
        ),
      )
      .orderBy(asc(members.name), asc(members.id)),
  );
}

/** All of a fan-out's mails in one transaction: either every one is queued or none. */
export async function queueMails(ctx: Pick<OrgContext, "org">, mails: OutgoingMail[]): Promise<void> {
  await inOrg(ctx, async (tx) => {
    for (const mail of mails) await queueMail(mail, { tx });
  });
}
