"use server";
// The signed-in user's own account (outside any organization) and the password reset.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { publicAction } from "@/lib/actions/define-action";
import { signIn, TwoFactorRequired } from "@/lib/auth/auth";
import { currentUser } from "@/lib/auth/current-user";
import {
  changePassword,
  requestPasswordReset,
  resetPassword,
  setWeeklyReminders,
  updateProfile,
} from "@/lib/auth/data/account";
import { InvalidCredentialsError, UnauthorizedError } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import {
  changePasswordSchema,
  profileSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  weeklyRemindersSchema,
} from "./schemas";

async function signedInUser() {
  const user = await currentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}

export const updateAccountProfile = publicAction({
  schema: profileSchema,
  handler: async ({ name, locale }) => {
    const user = await signedInUser();
    await updateProfile(user.id, { name, locale });
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  },
});

/** The Friday reminder is each person's own choice, in every organization at once. */
export const updateWeeklyReminders = publicAction({
  schema: weeklyRemindersSchema,
  handler: async ({ weeklyReminders }) => {
    const user = await signedInUser();
    await setWeeklyReminders(user.id, weeklyReminders);
  },
});

/**
 * Changing the password ends every session of this user (the epoch moves on), then signs
 * this browser in again with the new password, so only the other sessions end.
 */
export const changeAccountPassword = publicAction({
  schema: changePasswordSchema,
  handler: async ({ currentPassword, newPassword }) => {
    const user = await signedInUser();
    const { email } = await changePassword(user.id, { currentPassword, newPassword });
    try {
      await signIn("credentials", { email, password: newPassword, redirectTo: "/account?password=changed" });
    } catch (error) {
      // With two-factor sign-in the password alone gives no session: log in again with a code.
      if (error instanceof TwoFactorRequired) redirect(`/login?next=${encodeURIComponent("/account")}`);
      if (error instanceof AuthError) throw new InvalidCredentialsError();
      throw error; // the redirect that signals success
    }
  },
});

/** Answers the same whether or not the email has an account. */
export const requestAccountPasswordReset = publicAction({
  schema: requestPasswordResetSchema,
  handler: async ({ email }) => {
    await requestPasswordReset(email);
    return { email };
  },
});

export const resetAccountPassword = publicAction({
  schema: resetPasswordSchema,
  handler: async ({ token, newPassword }) => {
    await resetPassword(token, newPassword);
  },
});
