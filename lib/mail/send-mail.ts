import "server-only";
// Outgoing email. With SMTP_HOST set, mail goes out through SMTP (nodemailer). Without
// it (a laptop, the test suite) the message is logged on the server and the caller gets
// `delivered: false`, so flows that send links (invitations, password resets) show the
// link to copy instead: they work with no mail server.
import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailResult {
  delivered: boolean;
}

let transport: Transporter | undefined;

export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_HOST);
}

function smtpTransport(): Transporter {
  transport ??= nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT ?? 587),
    secure: process.env.SMTP_SECURE === "true",
    auth: process.env.SMTP_USER
      ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD }
      : undefined,
  });
  return transport;
}

/** Line breaks and other control characters as one space: a name must not start a new header or log line. */
export const oneLine = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();

export async function sendMail(mail: OutgoingMail): Promise<MailResult> {
  const subject = oneLine(mail.subject);
  if (!smtpConfigured()) {
    // The body is indented, so no line of it can pass for a log line of its own.
    const body = mail.text.replace(/^/gm, "    ");
    console.warn(`[mail] SMTP is not configured; not sent to ${oneLine(mail.to)}: ${subject}\n${body}`);
    return { delivered: false };
  }
  await smtpTransport().sendMail({
    from: process.env.SMTP_FROM ?? "Funnelmeter <no-reply@funnelmeter.local>",
    ...mail,
    subject,
  });
  return { delivered: true };
}

/** The public base URL for links in emails (APP_URL, else the request's origin). */
export function appUrl(requestOrigin?: string | null): string {
  return (process.env.APP_URL ?? requestOrigin ?? "http://localhost:3000").replace(/\/$/, "");
}
