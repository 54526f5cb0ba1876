"use server";
// Log in, sign up, log out, change language: the actions that come before (or outside)
// an organization, built with the same builder as every other action.
import { cookies } from "next/headers";
import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { LOCALES } from "@/db/schema";
import { publicAction } from "@/lib/actions/define-action";
import { setUserLocale, signUpWithOrganization } from "@/lib/data/users";
import { InvalidCredentialsError } from "@/lib/errors";
import { LOCALE_COOKIE, languageOf } from "@/lib/i18n/locale";
import { todayIn } from "@/lib/weeks/calendar";
import { signIn, signOut } from "./auth";
import { currentUser } from "./current-user";
import { loginSchema, safeNextPath, signupSchema } from "./schemas";

async function signInOrFail(email: string, password: string, redirectTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) throw new InvalidCredentialsError();
    throw error; // the redirect that signals success
  }
}

export const logIn = publicAction({
  schema: loginSchema,
  handler: async ({ email, password, next }) => signInOrFail(email, password, safeNextPath(next)),
});

export const signUp = publicAction({
  schema: signupSchema,
  handler: async (input) => {
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

export const logOut = publicAction({
  schema: z.object({}),
  handler: async () => signOut({ redirectTo: "/login" }),
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
