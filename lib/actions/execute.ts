import "server-only";
// The framework-free core of the action builder: resolve membership, check the
// permission, validate, run. Integration tests (the permission matrix) call this directly.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { NotFoundError, UnauthorizedError } from "@/lib/errors";
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
    return definition.handler(parseInput(definition.schema, input), ctx);
  }, unstable_rethrow);
}
