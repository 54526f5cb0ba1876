import "server-only";
// The one mail job: sends a queued message; a thrown SMTP error makes the queue retry it.
// After the last attempt the record named in the payload (an invitation) is marked, so the
// members page can say that the mail never left.
import { MAIL_JOB, type MailJobPayload, recordMailFailure } from "@/lib/jobs/data/mail-outbox";
import { sendMail } from "@/lib/mail/send-mail";
import { defineJob } from "./registry";

defineJob<MailJobPayload>(MAIL_JOB, {
  async run({ mail }) {
    await sendMail(mail);
  },
  async giveUp({ mail, onFailure }, error) {
    // Logged without the body: invitation and reset texts hold tokens.
    console.error(`[mail] gave up sending "${mail.subject}": ${error.message}`);
    if (onFailure) await recordMailFailure(onFailure);
  },
});
