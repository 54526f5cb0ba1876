"use server";
// The signed-in person's two-factor sign-in, on their account page: enrol (secret, QR code,
// first code, recovery codes once), turn off, new recovery codes.
import { revalidatePath } from "next/cache";
import QRCode from "qrcode";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { endOtherSessions } from "@/lib/auth/data/sessions";
import {
  beginTwoFactorEnrolment,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  renewRecoveryCodes,
} from "@/lib/auth/data/two-factor";
import { UnauthorizedError } from "@/lib/errors";
import { auth } from "../auth";
import { currentUser } from "../current-user";
import { authSecret } from "../secret";
import { TWO_FACTOR_PAGE } from "./requirement";
import { otpauthUri } from "./totp";

async function signedInUser() {
  const user = await currentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}

const codeField = z.string().trim().min(1, { error: "required" }).max(100, { error: "wrongTwoFactorCode" });

/** A new secret, as a QR code of its otpauth:// URI and as the key to type. */
export const startTwoFactorEnrolment = publicAction({
  schema: z.object({}),
  handler: async () => {
    const user = await signedInUser();
    const { secret } = await beginTwoFactorEnrolment(user.id, authSecret());
    const uri = otpauthUri(secret, user.email);
    // The library's own SVG (no user input but the email, which it encodes as QR modules).
    const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return { secret, qrSvg };
  },
});

export const confirmTwoFactor = publicAction({
  schema: z.object({ code: codeField }),
  handler: async ({ code }) => {
    const user = await signedInUser();
    // No revalidation: the page would re-render as "on" and drop the codes before they are read.
    const { recoveryCodes } = await confirmTwoFactorEnrolment(user.id, code, authSecret());
    return { recoveryCodes };
  },
});

/** A current code or the password; every other session of the person ends with it. */
export const turnOffTwoFactor = publicAction({
  schema: z.object({
    code: z.string().trim().max(100, { error: "wrongTwoFactorCode" }).optional(),
    password: z.string().max(200, { error: "wrongPassword" }).optional(),
  }),
  handler: async ({ code, password }) => {
    const user = await signedInUser();
    await disableTwoFactor(
      user.id,
      { code: code || undefined, password: password || undefined },
      authSecret(),
    );
    const session = await auth();
    await endOtherSessions(user.id, session?.user?.sessionId);
    revalidatePath(TWO_FACTOR_PAGE);
  },
});

export const newRecoveryCodes = publicAction({
  schema: z.object({ code: codeField }),
  handler: async ({ code }) => {
    const user = await signedInUser();
    return renewRecoveryCodes(user.id, code, authSecret());
  },
});
