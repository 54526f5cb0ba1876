import "server-only";
// The links in invitation and password-reset emails, and how long their tokens live.
import { headers } from "next/headers";
import { appUrl } from "@/lib/mail/send-mail";

const DAY_MS = 24 * 60 * 60 * 1000;

/** INVITATION_TTL_DAYS (default 7). */
export function invitationTtlMs(): number {
  const days = Number(process.env.INVITATION_TTL_DAYS);
  return (Number.isFinite(days) && days > 0 ? days : 7) * DAY_MS;
}

/** PASSWORD_RESET_TTL_MINUTES (default 60): a reset link should not live as long as an invitation. */
export function passwordResetTtlMs(): number {
  const minutes = Number(process.env.PASSWORD_RESET_TTL_MINUTES);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 60) * 60 * 1000;
}

/** The origin the current request came to, when there is a request (not in the CLI or tests). */
async function requestOrigin(): Promise<string | null> {
  try {
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host");
    if (!host) return null;
    const proto =
      h.get("x-forwarded-proto") ??
      (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
    return `${proto}://${host}`;
  } catch {
    return null;
  }
}

/**
 * Invitation links follow APP_URL, else the host the inviter is using: the inviter is
 * signed in and allowed to invite, and the link is shown to them.
 */
export async function invitationLink(token: string): Promise<string> {
  return `${appUrl(await requestOrigin())}/invite/${token}`;
}

/**
 * Password-reset links are requested by anyone, so they never follow the request's Host
 * header (an attacker could point a victim's reset link at their own site): APP_URL only.
 * null when APP_URL is not set.
 */
export function passwordResetLink(token: string): string | null {
  return process.env.APP_URL ? `${appUrl()}/reset-password/${token}` : null;
}
