import { expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg, storedWeeks } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import {
  deleteWeekDefinition,
  saveWeekDefinition,
  sendReminderDefinition,
} from "@/lib/entries/week-definitions";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { listMemberWeeks, loadWeekForm, loadWeekGrid, upsertWeek, type WeekWrite } from "./weeks";

const SEED_WEEK = { calls: 106, conversations: 38, appointments: 9, shortCallbacks: 16, longCallbacks: 3 };
const W46 = "2026-11-09";

/** A member's write of W46: the seed week, worked, unless `change` says otherwise. */
const writeOfW46 = (memberId: string, change: Partial<WeekWrite> = {}): WeekWrite => ({
  memberId,
  weekStart: W46,
  values: SEED_WEEK,
  notWorked: false,
  ...change,
});

describeDb("weekly entries", () => {
  it("saving the same week twice stores one row, one version and one audit event", async () => {
    const org = await newOrg();
    const memberId = org.ctx.member!.id;
    const first = await upsertWeek(org.ctx, writeOfW46(memberId));
    const again = await upsertWeek(org.ctx, writeOfW46(memberId));
    expect(first).toMatchObject({ week: "2026-W46", version: 1, changed: true, values: SEED_WEEK });
    expect(again).toMatchObject({ version: 1, changed: false });
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(1);
    expect(await auditOf(org.ctx.org.id, "week.created")).toHaveLength(1);
  });

  it("two identical saves at once (a double click) store one week and both succeed", async () => {
    const org = await newOrg();
    const input = writeOfW46(org.ctx.member!.id, { expectedVersion: 0 });
    const results = await Promise.all([upsertWeek(org.ctx, input), upsertWeek(org.ctx, input)]);
    expect(results.map((r) => r.version)).toEqual([1, 1]);
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(1);
  });

  it("an edit bumps the version and audits before and after; a stale version is a conflict", async () => {
    const org = await newOrg();
    const memberId = org.ctx.member!.id;
    await upsertWeek(org.ctx, writeOfW46(memberId, { expectedVersion: 0 }));
    const edited = await upsertWeek(
      org.ctx,
      writeOfW46(memberId, { values: { ...SEED_WEEK, appointments: "10" }, expectedVersion: 1 }),
    );
    expect(edited).toMatchObject({ version: 2, changed: true });
    const [audit] = await auditOf(org.ctx.org.id, "week.updated");
    expect(audit).toMatchObject({
      subjectId: `${memberId}/2026-W46`,
      before: { values: SEED_WEEK, notWorked: false },
      after: { values: { ...SEED_WEEK, appointments: 10 }, notWorked: false },
      actorUserId: org.userId,
    });

    // A second tab still on version 1 with other numbers: refused, nothing overwritten.
    await expect(
      upsertWeek(org.ctx, writeOfW46(memberId, { values: { calls: 1 }, expectedVersion: 1 })),
    ).rejects.toEqual(new ConflictError({ key: "weekChangedMeanwhile" }));
    // A tab that opened the week before it existed, likewise.
    await expect(
      upsertWeek(org.ctx, writeOfW46(memberId, { values: { calls: 1 }, expectedVersion: 0 })),
    ).rejects.toBeInstanceOf(ConflictError);
    const [row] = await storedWeeks(org.ctx.org.id);
    expect(row).toMatchObject({ version: 2, values: { ...SEED_WEEK, appointments: 10 } });
  });

  it("a week off is stored as its own state, not as zeros", async () => {
    const org = await newOrg();
    const memberId = org.ctx.member!.id;
    await upsertWeek(org.ctx, writeOfW46(memberId, { values: { calls: "", hours: "" }, notWorked: true }));
    await upsertWeek(org.ctx, {
      memberId,
      weekStart: "2026-11-02",
      values: { calls: 0, conversations: 0 },
      notWorked: false,
    });
    const weeks = await listMemberWeeks(org.ctx, memberId, "2026-11-02", W46);
    expect(weeks).toEqual([
      { memberId, week: "2026-W45", metrics: { calls: 0, conversations: 0 }, notWorked: false, version: 1 },
      { memberId, week: "2026-W46", metrics: {}, notWorked: true, version: 1 },
    ]);
  });

  it("stores nothing when any field is invalid, and names every bad field", async () => {
    const org = await newOrg();
    const attempt = upsertWeek(
      org.ctx,
      writeOfW46(org.ctx.member!.id, { values: { calls: "30", conversations: "38", hours: "7,555" } }),
    );
    await expect(attempt).rejects.toEqual(
      new ValidationError({
        "metrics.hours": { key: "tooManyDecimals", values: { max: 2 } },
        "metrics.conversations": { key: "stageExceedsPrevious", values: { max: 30 } },
      }),
    );
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(0);
    expect(await auditOf(org.ctx.org.id, "week.created")).toHaveLength(0);
  });

  it("refuses a day that is not a Monday and a week after the current one", async () => {
    const org = await newOrg();
    const base = { memberId: org.ctx.member!.id, values: { calls: 1 }, notWorked: false };
    await expect(upsertWeek(org.ctx, { ...base, weekStart: "2026-11-10" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(upsertWeek(org.ctx, { ...base, weekStart: "2026-11-23", notAfter: W46 })).rejects.toEqual(
      new ValidationError({ week: { key: "futureWeek" } }),
    );
  });

  it("a rep writes only their own weeks; other members and other organizations are not found", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const rep = await addMember(org);
    const colleague = await addMember(org);
    const input = { weekStart: W46, values: { calls: 5 }, notWorked: false };
    await expect(upsertWeek(rep.ctx, { ...input, memberId: rep.memberId })).resolves.toMatchObject({
      version: 1,
    });
    await expect(upsertWeek(rep.ctx, { ...input, memberId: colleague.memberId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(upsertWeek(rep.ctx, { ...input, memberId: org.ctx.member!.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(loadWeekForm(rep.ctx, colleague.memberId, W46, "2026-11-02")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    // A manager writes anyone's week in their organization, but not another organization's.
    await expect(upsertWeek(org.ctx, { ...input, memberId: colleague.memberId })).resolves.toMatchObject({
      version: 1,
    });
    await expect(upsertWeek(org.ctx, { ...input, memberId: other.ctx.member!.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(upsertWeek(org.ctx, { ...input, memberId: "not-a-uuid" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await storedWeeks(other.ctx.org.id)).toHaveLength(0);
  });

  it("an id that is not a uuid is not found, never a database error", async () => {
    const org = await newOrg();
    for (const memberId of ["-".repeat(36), "not-a-member", `${org.ctx.member!.id}x`]) {
      await expect(loadWeekForm(org.ctx, memberId, W46, "2026-11-02")).rejects.toBeInstanceOf(NotFoundError);
      await expect(upsertWeek(org.ctx, writeOfW46(memberId))).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("the week form shows the week and the week before it; the grid shows who filled in what", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    await upsertWeek(rep.ctx, {
      memberId: rep.memberId,
      weekStart: "2026-11-02",
      values: { calls: 80 },
      notWorked: false,
    });
    await upsertWeek(rep.ctx, { memberId: rep.memberId, weekStart: W46, values: {}, notWorked: true });
    const form = await loadWeekForm(rep.ctx, rep.memberId, W46, "2026-11-02");
    expect(form.entry).toEqual({ values: {}, notWorked: true, version: 1 });
    expect(form.previous).toEqual({ values: { calls: 80 }, notWorked: false, version: 1 });
    const grid = await loadWeekGrid(org.ctx, "2026-11-02", W46);
    expect(grid.find((p) => p.id === rep.memberId)?.weeks).toEqual({
      "2026-11-02": "filled",
      [W46]: "notWorked",
    });
    expect(grid.find((p) => p.id === org.ctx.member!.id)?.weeks).toEqual({});
  });
});

describeDb("the week actions", () => {
  it("save a form's text (decimal commas included) and refuse other organizations", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const form = {
      memberId: org.ctx.member!.id,
      week: "2026-W46",
      version: "0",
      "metrics.calls": "106",
      "metrics.conversations": "38",
      "metrics.hours": "7,5",
      "metrics.talkMinutes": "",
    };
    const saved = await executeOrgAction(saveWeekDefinition, org.userId, org.slug, form);
    expect(saved).toEqual({ ok: true, data: { version: 1, changed: true } });
    const [row] = await storedWeeks(org.ctx.org.id);
    expect(row?.values).toEqual({ calls: 106, conversations: 38, hours: 7.5 });

    const foreign = await executeOrgAction(saveWeekDefinition, other.userId, org.slug, {
      ...form,
      version: "1",
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    // Naming another organization's member from one's own organization: not found either.
    const crossMember = await executeOrgAction(saveWeekDefinition, other.userId, other.slug, form);
    expect(crossMember).toMatchObject({ ok: false, code: "not_found" });
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(1);
    expect(await storedWeeks(other.ctx.org.id)).toHaveLength(0);
  });

  it("refuse a future week and answer a stale form with a conflict", async () => {
    const org = await newOrg();
    const form = { memberId: org.ctx.member!.id, week: "2999-W01", version: "0", "metrics.calls": "1" };
    expect(await executeOrgAction(saveWeekDefinition, org.userId, org.slug, form)).toMatchObject({
      ok: false,
      fields: { week: { key: "futureWeek" } },
    });
    const now = { ...form, week: "2026-W40" };
    await executeOrgAction(saveWeekDefinition, org.userId, org.slug, now);
    expect(
      await executeOrgAction(saveWeekDefinition, org.userId, org.slug, { ...now, "metrics.calls": "2" }),
    ).toMatchObject({ ok: false, code: "conflict", message: { key: "weekChangedMeanwhile" } });
  });

  it("send a reminder (logged without SMTP) to members of the organization only", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const rep = await addMember(org);
    const sent = await executeOrgAction(sendReminderDefinition, org.userId, org.slug, {
      memberId: rep.memberId,
      week: "2026-W46",
    });
    expect(sent).toEqual({ ok: true, data: { delivered: false, email: rep.email } });
    expect(await auditOf(org.ctx.org.id, "week.reminder_sent")).toHaveLength(1);
    const byRep = await executeOrgAction(sendReminderDefinition, rep.userId, org.slug, {
      memberId: org.ctx.member!.id,
      week: "2026-W46",
    });
    expect(byRep).toMatchObject({ ok: false, code: "forbidden" });
    const foreign = await executeOrgAction(sendReminderDefinition, other.userId, other.slug, {
      memberId: rep.memberId,
      week: "2026-W46",
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    expect(await auditOf(other.ctx.org.id, "week.reminder_sent")).toHaveLength(0);
  });

  it("remind only a missing week: not the owner who logs nothing, not a filled or still open week", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const remind = (memberId: string, week: string) =>
      executeOrgAction(sendReminderDefinition, org.userId, org.slug, { memberId, week });
    const refused = { ok: false, fields: { week: { key: "nothingToRemind" } } };
    expect(await remind(org.ctx.member!.id, "2026-W46")).toMatchObject(refused);
    await executeOrgAction(saveWeekDefinition, org.userId, org.slug, {
      memberId: rep.memberId,
      week: "2026-W45",
      version: "0",
      "metrics.calls": "10",
    });
    expect(await remind(rep.memberId, "2026-W45")).toMatchObject(refused);
    const thisWeek = currentWeekOf(org.ctx.org.timeZone).week;
    expect(await remind(rep.memberId, thisWeek)).toMatchObject(refused);
    expect(await remind(rep.memberId, "2026-W46")).toMatchObject({ ok: true });
    expect(await auditOf(org.ctx.org.id, "week.reminder_sent")).toHaveLength(1);
  });
});

describeDb("correcting weeks", () => {
  const form = (memberId: string, week: string, extra: Record<string, string> = {}) => ({
    memberId,
    week,
    version: "0",
    "metrics.calls": "40",
    "metrics.conversations": "10",
    ...extra,
  });

  it("a week that ended before the start date needs a tick on the form; the API and import do not ask", async () => {
    const org = await newOrg({ today: "2026-10-07" });
    const before = form(org.ctx.member!.id, "2026-W40");
    expect(await executeOrgAction(saveWeekDefinition, org.userId, org.slug, before)).toMatchObject({
      ok: false,
      fields: { confirmedBeforeStart: { key: "weekBeforeStart" } },
    });
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(0);
    // The week the person started in is theirs: no question.
    expect(
      await executeOrgAction(saveWeekDefinition, org.userId, org.slug, form(org.ctx.member!.id, "2026-W41")),
    ).toMatchObject({ ok: true });
    expect(
      await executeOrgAction(saveWeekDefinition, org.userId, org.slug, {
        ...before,
        confirmedBeforeStart: "on",
      }),
    ).toMatchObject({ ok: true });
    await upsertWeek(org.ctx, {
      memberId: org.ctx.member!.id,
      weekStart: "2026-09-21",
      values: { calls: "1" },
      notWorked: false,
    });
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(3);
  });

  it("a double-submitted week says it was saved, not that nothing changed", async () => {
    const org = await newOrg();
    const input = form(org.ctx.member!.id, "2026-W46");
    const first = await executeOrgAction(saveWeekDefinition, org.userId, org.slug, input);
    const second = await executeOrgAction(saveWeekDefinition, org.userId, org.slug, input);
    expect(first).toEqual({ ok: true, data: { version: 1, changed: true } });
    expect(second).toEqual({ ok: true, data: { version: 1, changed: true } });
    // Saving again from the saved form (version 1) with the same numbers: nothing changed.
    expect(
      await executeOrgAction(saveWeekDefinition, org.userId, org.slug, { ...input, version: "1" }),
    ).toEqual({ ok: true, data: { version: 1, changed: false } });
  });

  it("a week saved by mistake is deleted, audited with what it held; reps only delete their own", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    await executeOrgAction(saveWeekDefinition, rep.userId, org.slug, form(rep.memberId, "2026-W46"));
    await executeOrgAction(saveWeekDefinition, org.userId, org.slug, form(org.ctx.member!.id, "2026-W46"));
    const remove = (userId: string, memberId: string, extra: Record<string, string> = {}) =>
      executeOrgAction(deleteWeekDefinition, userId, org.slug, {
        memberId,
        week: "2026-W46",
        version: "1",
        confirmed: "on",
        ...extra,
      });
    expect(await remove(rep.userId, rep.memberId, { confirmed: "" })).toMatchObject({
      ok: false,
      fields: { confirmed: { key: "confirmDeleteWeek" } },
    });
    expect(await remove(rep.userId, rep.memberId, { version: "2" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await remove(rep.userId, org.ctx.member!.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(2);

    expect(await remove(rep.userId, rep.memberId)).toEqual({ ok: true, data: { week: "2026-W46" } });
    expect(await storedWeeks(org.ctx.org.id, rep.memberId)).toHaveLength(0);
    const [event] = await auditOf(org.ctx.org.id, "week.deleted");
    expect(event).toMatchObject({
      subjectId: `${rep.memberId}/2026-W46`,
      before: { values: { calls: 40, conversations: 10 }, notWorked: false },
      after: null,
    });
    expect(await remove(rep.userId, rep.memberId)).toMatchObject({ ok: false, code: "not_found" });
    // Another organization's owner cannot delete here.
    const other = await newOrg();
    expect(await remove(other.userId, org.ctx.member!.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(await storedWeeks(org.ctx.org.id, org.ctx.member!.id)).toHaveLength(1);
  });
});
