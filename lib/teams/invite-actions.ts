"use server";
// Accepting an invitation happens before the person is a member, so these are public
// actions: the token is the authority, and the data layer checks it in one statement.
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { publicAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/auth";
import { currentUser } from "@/lib/auth/current-user";
import { InvalidCredentialsError, UnauthorizedError } from "@/lib/errors";
import { languageOf } from "@/lib/i18n/locale";
import { acceptInvitation, acceptInvitationWithNewAccount } from "@/lib/teams/data/invitations";
import { acceptAsCurrentUserSchema, acceptWithNewAccountSchema } from "./schemas";

/** The signed-in user joins with their existing account. */
export const acceptInvitationAsCurrentUser = publicAction({
  schema: acceptAsCurrentUserSchema,
  handler: async ({ token }) => {
    const user = await currentUser();
    if (!user) throw new UnauthorizedError();
    const { orgSlug } = await acceptInvitation(token, user.id);
    redirect(`/o/${orgSlug}`);
  },
});

/** Someone new creates their account (for the invited email) and joins in one step. */
export const acceptInvitationWithAccount = publicAction({
  schema: acceptWithNewAccountSchema,
  handler: async ({ token, name, password }) => {
    const locale = languageOf(await getLocale());
    const { orgSlug, email } = await acceptInvitationWithNewAccount(token, { name, password, locale });
    try {
      await signIn("credentials", { email, password, redirectTo: `/o/${orgSlug}` });
    } catch (error) {
      if (error instanceof AuthError) throw new InvalidCredentialsError();
      throw error; // the redirect that signals success
    }
  },
});
