import "server-only";
// The weekly mailings' fan-out jobs, started once per organization and week by the clock
// (mailing-clock.ts): each queues one mail per recipient, all in one transaction.
import { createTranslator } from "use-intl/core";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { weekReminderMail } from "@/lib/entries/reminder-mail";
import { loadMessages } from "@/lib/i18n/messages";
import {
  digestReaders,
  MAILING_JOB,
  type MailingJobPayload,
  mailingContext,
  queueMails,
  repsMissingWeek,
} from "@/lib/jobs/data/mailings";
import { computeKpis } from "@/lib/kpi/kpis";
import { appUrl } from "@/lib/mail/send-mail";
import { emitWeeklySignals } from "@/lib/webhooks/weekly-signals";
import { isoWeekLabel } from "@/lib/weeks/calendar";
import { digestMail } from "./digest-mail";
import { defineJob } from "./registry";

defineJob<MailingJobPayload>(MAILING_JOB.reminder, {
  async run({ orgId, weekStart }) {
    const ctx = await mailingContext(orgId);
    if (!ctx) return; // The organization was deleted since.
    const week = isoWeekLabel(weekStart);
    const link = `${appUrl()}/o/${ctx.org.slug}/week?week=${week}`;
    const accountLink = `${appUrl()}/account`;
    const reps = (await repsMissingWeek(ctx, weekStart)).filter((rep) => rep.wantsReminder);
    const mails = reps.map((rep) => {
      const mail = weekReminderMail({
        to: rep.email,
        name: rep.name,
        orgName: ctx.org.name,
        week,
        link,
        locale: rep.locale,
      });
      const t = createTranslator({ locale: rep.locale ?? "en", messages: loadMessages(rep.locale ?? "en") });
      const optOut = t("operations.reminderOptOut" as never, { link: accountLink } as never);
      return { ...mail, text: `${mail.text}\n\n${optOut}` };
    });
    await queueMails(ctx, mails);
  },
});

defineJob<MailingJobPayload>(MAILING_JOB.digest, {
  async run({ orgId, weekStart }) {
    const ctx = await mailingContext(orgId);
    if (!ctx) return;
    const week = isoWeekLabel(weekStart);
    const [setup, records, missing, readers] = await Promise.all([
      loadKpiSetup(ctx),
      loadWeekRecords(ctx, { fromWeekStart: weekStart, toWeekStart: weekStart }),
      repsMissingWeek(ctx, weekStart),
      digestReaders(ctx),
    ]);
    const kpis = computeKpis({
      metrics: setup.metrics,
      weeks: records,
      relativePrecision: setup.relativePrecision,
    });
    const link = `${appUrl()}/o/${ctx.org.slug}/team`;
    const mails = readers.map((reader) =>
      digestMail({
        to: reader.email,
        locale: reader.locale ?? "en",
        readerName: reader.name,
        orgName: ctx.org.name,
        week,
        link,
        metrics: setup.metrics,
        labels: setup.labels,
        kpis,
        relativePrecision: setup.relativePrecision,
        missing: missing.map((m) => m.name),
      }),
    );
    await queueMails(ctx, mails);
    // Last week judged for webhooks (goal.missed, warning.raised), once per member and week.
    await emitWeeklySignals(ctx, weekStart);
  },
});
