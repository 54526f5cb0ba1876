"use server";
// Log in, sign up, log out, change language: the actions that come before (or outside)
// an organization, built with the same builder as every other action.
import { cookies, headers } from "next/headers";
import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { endAllSessions, endSession } from "@/lib/auth/data/sessions";
import { setUserLocale, signUpWithOrganization } from "@/lib/auth/data/users";
import { LOCALES } from "@/lib/domain";
import { ConflictError, InvalidCredentialsError, ValidationError } from "@/lib/errors";
import { LOCALE_COOKIE, languageOf } from "@/lib/i18n/locale";
import { todayIn } from "@/lib/weeks/calendar";
import { auth, signIn, signOut, TwoFactorRequired } from "./auth";
import { clientAddress } from "./client-address";
import { currentUser } from "./current-user";
import { assertSignUpAllowed, TooManyAttemptsError } from "./login-throttle";
import { codeStepSchema, loginSchema, safeNextPath, signupSchema } from "./schemas";

/**
 * Signs in with one step's credentials; the redirect that signals success is thrown on.
 * Returns the password-ok statement when the account asks for a code next.
 */
async function signInStep(
  credentials: { email: string; password: string } | { passwordOk: string; code: string },
  redirectTo: string,
): Promise<{ passwordOk: string } | undefined> {
  try {
    await signIn("credentials", { ...credentials, redirectTo });
  } catch (error) {
    if (error instanceof TwoFactorRequired) return { passwordOk: error.passwordOk };
    if (error instanceof AuthError) {
      const code = (error as { code?: string }).code;
      if (code === "throttled") throw new TooManyAttemptsError();
      if (code === "wrong_code") throw new ValidationError({ code: { key: "wrongTwoFactorCode" } });
      // The code step with a stale statement (expired, or the password changed meanwhile).
      if ("passwordOk" in credentials) throw new ConflictError({ key: "twoFactorStepExpired" });
      throw new InvalidCredentialsError();
    }
    throw error;
  }
}

async function signInOrFail(email: string, password: string, redirectTo: string) {
  const pending = await signInStep({ email, password }, redirectTo);
  // Sign-up makes a new account, which has no second factor yet.
  if (pending) throw new InvalidCredentialsError();
}

/** The password step: signs in, or hands the form the statement for the code step. */
export const logIn = publicAction({
  schema: loginSchema,
  handler: async ({ email, password, next }) => signInStep({ email, password }, safeNextPath(next)),
});

/** The code step of a two-factor log-in: an authenticator code or a recovery code. */
export const logInWithCode = publicAction({
  schema: codeStepSchema,
  handler: async ({ passwordOk, code, next }) => signInStep({ passwordOk, code }, safeNextPath(next)),
});

export const signUp = publicAction({
  schema: signupSchema,
  handler: async (input) => {
    await assertSignUpAllowed(clientAddress(await headers()));
    const locale = languageOf(await getLocale());
    const { orgSlug } = await signUpWithOrganization({
      ...input,
      orgSlug: input.slug,
      locale,
      today: todayIn("Europe/Brussels", new Date()),
    });
    await signInOrFail(input.email, input.password, `/o/${orgSlug}`);
  },
});

/** Ends this session on the server too, so a copied cookie stops working. */
export const logOut = publicAction({
  schema: z.object({}),
  handler: async () => {
    const session = await auth();
    if (session?.user?.id) await endSession(session.user.id, session.user.sessionId);
    await signOut({ redirectTo: "/login" });
  },
});

/** Ends every session of the signed-in user, on every device. */
export const logOutEverywhere = publicAction({
  schema: z.object({}),
  handler: async () => {
    const user = await currentUser();
    if (user) await endAllSessions(user.id);
    await signOut({ redirectTo: "/login" });
  },
});

export const changeLocale = publicAction({
  schema: z.object({ locale: z.enum(LOCALES) }),
  handler: async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      sameSite: "lax",
      maxAge: 60 * 60 * 24 * 365,
    });
    const user = await currentUser();
    if (user) await setUserLocale(user.id, locale);
  },
});
