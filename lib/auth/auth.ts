import "server-only";
// Auth.js v5 with email + password. The token only says who signed in; membership and
// role are read from the database on every request (lib/tenant.ts), because a JWT
// cannot be revoked. The session epoch lets a password change end other sessions.
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { findUserByEmail } from "@/lib/data/users";
import { burnPasswordCheck, verifyPassword } from "./password";
import { authSecret } from "./secret";

declare module "next-auth" {
  interface Session {
    user: { id: string; sessionEpoch: number } & DefaultSession["user"];
  }
  interface User {
    sessionEpoch?: number;
  }
}

const credentialsSchema = z.object({ email: z.string().min(1), password: z.string().min(1) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: authSecret(),
  session: { strategy: "jwt" },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      // Checked by Auth.js's error type: class names are minified in production builds.
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
    warn() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findUserByEmail(parsed.data.email);
        if (!user?.passwordHash) {
          await burnPasswordCheck(parsed.data.password);
          return null;
        }
        if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
        return { id: user.id, email: user.email, name: user.name, sessionEpoch: user.sessionEpoch };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionEpoch = user.sessionEpoch ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.sessionEpoch = Number(token.sessionEpoch ?? 0);
      return session;
    },
  },
}));
