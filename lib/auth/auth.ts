import "server-only";
// Auth.js v5 with email + password. The token only says who signed in; membership and
// role are read from the database on every request (lib/tenant.ts), because a JWT
// cannot be revoked. The session epoch lets a password change end other sessions.
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authorizeCredentials } from "./authorize";
import { authSecret } from "./secret";

export { ThrottledSignin, TwoFactorRequired, WrongSecondFactor } from "./authorize";

declare module "next-auth" {
  interface Session {
    user: { id: string; sessionEpoch: number; sessionId?: string } & DefaultSession["user"];
  }
  interface User {
    sessionEpoch?: number;
    sessionId?: string;
  }
}

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
      credentials: { email: {}, password: {}, passwordOk: {}, code: {} },
      authorize: (raw, request) => authorizeCredentials(raw, request.headers),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionEpoch = user.sessionEpoch ?? 0;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.sessionEpoch = Number(token.sessionEpoch ?? 0);
      session.user.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
}));
