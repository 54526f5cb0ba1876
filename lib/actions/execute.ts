import "server-only";
// The framework-free core of the action builder: resolve membership, check the
// permission, validate, run. Integration tests (the permission matrix) call this directly.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { hasTwoFactor } from "@/lib/auth/data/two-factor";
import { mustEnrolFirst } from "@/lib/auth/two-factor/requirement";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { assertCan, type Permission } from "@/lib/permissions";
import { type Outcome, parseInput, runToOutcome } from "./outcome";

export interface OrgActionDefinition<S extends z.ZodType> {
  schema: S;
  permission: Permission;
  /** A key in the "saved" namespace shown on success. */
  successMessage?: string;
  handler: (input: z.infer<S>, ctx: OrgContext) => Promise<unknown>;
}

export async function executeOrgAction<S extends z.ZodType>(
  definition: OrgActionDefinition<S>,
  userId: string | null,
  orgSlug: string,
  input: unknown,
): Promise<Outcome<unknown>> {
  return runToOutcome(async () => {
    if (!userId) throw new UnauthorizedError();
    // Membership first: a non-member learns nothing, not even which permission was missing.
    const ctx = await resolveMembership(userId, orgSlug);
    if (!ctx) throw new NotFoundError("organization");
    assertCan(ctx.role, definition.permission);
    // The pages send an owner or manager without two-factor to set it up where the owner
    // requires it; a form posted straight to the action must not get round that gate.
    if (ctx.org.requireTwoFactor && mustEnrolFirst(ctx.role, true, await hasTwoFactor(userId))) {
      throw new ForbiddenError("twoFactor.required");
    }
    return definition.handler(parseInput(definition.schema, input), ctx);
  }, unstable_rethrow);
}
