import { describe, expect, it } from "vitest";
import { invitationMail, passwordResetMail } from "./emails";

const invitation = {
  to: "lotte@example.test",
  inviteeName: "Lotte",
  inviterName: "Sam",
  orgName: "Inventi",
  role: "rep" as const,
  link: "https://app.example/invite/abc",
  expiresAt: new Date("2026-11-30T09:00:00Z"),
  timeZone: "Europe/Brussels",
};

describe("emails", () => {
  it("invite in the recipient's language, with the link, the role and the expiry", () => {
    const en = invitationMail({ ...invitation, locale: "en" });
    expect(en.subject).toBe("Sam invited you to Inventi on Funnelmeter");
    expect(en.text).toContain("as Rep");
    expect(en.text).toContain("https://app.example/invite/abc");
    expect(en.text).toContain("30 November 2026");
    const nl = invitationMail({ ...invitation, locale: "nl" });
    expect(nl.subject).toBe("Sam nodigt je uit voor Inventi op Funnelmeter");
    expect(nl.text).toContain("30 november 2026");
  });

  it("names no inviter when an API key invited", () => {
    expect(invitationMail({ ...invitation, inviterName: null, locale: "en" }).subject).toMatch(
      /^A colleague/,
    );
  });

  it("password reset mail carries the link", () => {
    const mail = passwordResetMail({
      to: "a@example.test",
      locale: "nl",
      name: "An",
      link: "https://app.example/reset-password/xyz",
      expiresAt: new Date("2026-11-30T09:00:00Z"),
    });
    expect(mail.subject).toBe("Stel je Funnelmeter-wachtwoord opnieuw in");
    expect(mail.text).toContain("https://app.example/reset-password/xyz");
  });
});
