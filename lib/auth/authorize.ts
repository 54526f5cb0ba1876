import "server-only";
// The credentials provider's check, in two steps (Auth.js v5 has one authorize for both):
// 1. email + password; for an account with two-factor sign-in no session is made, a
//    TwoFactorRequired error carries a short-lived signed "password ok" statement instead;
// 2. that statement + a code (authenticator or recovery), under the same throttling.
// A session exists only after the last step the account needs: the password alone never
// gives one to an account with two-factor, whatever calls authorize.
// The same class next-auth re-exports, from its own package: next-auth's entry needs Next's runtime.
import { CredentialsSignin } from "@auth/core/errors";
import { z } from "zod";
import { startSession } from "@/lib/auth/data/sessions";
import { hasTwoFactor, spendSecondFactor } from "@/lib/auth/data/two-factor";
import { findUserByEmail, findUserById } from "@/lib/auth/data/users";
import { clientAddress } from "./client-address";
import { loginThrottled, noteLoginFailure } from "./login-throttle";
import { burnPasswordCheck, verifyPassword } from "./password";
import { authSecret } from "./secret";
import { readPasswordOk, signPasswordOk } from "./two-factor/password-ok-token";

/** Too many failed attempts: the log-in form says so (the code travels with the error). */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

/**
 * The password was right and the account has two-factor sign-in: no session yet. The log-in
 * form asks for a code and sends it back with `passwordOk`, a short-lived signed statement.
 */
export class TwoFactorRequired extends CredentialsSignin {
  code = "two_factor";
  constructor(readonly passwordOk: string) {
    super();
  }
}

/** The code step failed: the form marks the code field (the password step was right). */
export class WrongSecondFactor extends CredentialsSignin {
  code = "wrong_code";
}

const passwordStep = z.object({ email: z.string().min(1), password: z.string().min(1) });
const codeStep = z.object({ passwordOk: z.string().min(1).max(1000), code: z.string().min(1).max(100) });

async function sessionUser(user: { id: string; email: string; name: string; sessionEpoch: number }) {
  const sessionId = await startSession(user.id);
  return { id: user.id, email: user.email, name: user.name, sessionEpoch: user.sessionEpoch, sessionId };
}

/** The second step: the signed password-ok statement, then a code, under the same throttling. */
async function authorizeCode(passwordOk: string, code: string, address: string) {
  const claim = readPasswordOk(passwordOk, authSecret());
  const user = claim ? await findUserById(claim.userId) : null;
  // An expired statement, or one from before a password change: start again with the password.
  if (!claim || !user || user.sessionEpoch !== claim.sessionEpoch) return null;
  if (await loginThrottled(user.email, address)) throw new ThrottledSignin();
  if (!(await spendSecondFactor(user.id, code, authSecret()))) {
    await noteLoginFailure(user.email, address);
    throw new WrongSecondFactor();
  }
  return sessionUser(user);
}

export async function authorizeCredentials(raw: unknown, headers: Headers) {
  const address = clientAddress(headers);
  const second = codeStep.safeParse(raw);
  if (second.success) return authorizeCode(second.data.passwordOk, second.data.code, address);
  const parsed = passwordStep.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (await loginThrottled(email, address)) {
    await burnPasswordCheck(password);
    throw new ThrottledSignin();
  }
  const user = await findUserByEmail(email);
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await burnPasswordCheck(password).then(() => false);
  if (!user || !valid) {
    await noteLoginFailure(email, address);
    return null;
  }
  if (await hasTwoFactor(user.id)) {
    throw new TwoFactorRequired(
      signPasswordOk({ userId: user.id, sessionEpoch: user.sessionEpoch }, authSecret()),
    );
  }
  return sessionUser(user);
}
