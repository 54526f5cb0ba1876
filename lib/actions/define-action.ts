import "server-only";
// The one builder for server actions: schema, permission, handler. The organization is
// resolved from the slug the page was rendered for and the caller's membership in the
// database (never from a form field); the permission comes from the matrix. Every typed
// error becomes form state for useActionState, translated into the user's language.
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { currentUser } from "@/lib/auth/current-user";
import { executeOrgAction, type OrgActionDefinition } from "./execute";
import type { FormState } from "./form-state";
import { type Outcome, parseInput, runToOutcome } from "./outcome";
import { rememberWritePosition } from "./read-after";

export const BUILT_WITH_BUILDER = Symbol.for("funnelmeter.action");

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** The secrets a form must never echo back. */
const NOT_ECHOED = new Set(["password", "newPassword", "currentPassword", "code"]);

async function toFormState<T>(outcome: Outcome<T>, values: Record<string, string>, successKey?: string) {
  const t = await getTranslations("errors");
  const echoed = Object.fromEntries(Object.entries(values).filter(([k]) => !NOT_ECHOED.has(k)));
  if (outcome.ok) {
    const tDone = await getTranslations("saved");
    return {
      ok: true,
      message: successKey ? tDone(successKey) : undefined,
      data: isPlainRecord(outcome.data) ? outcome.data : undefined,
    } satisfies FormState;
  }
  const fieldErrors = outcome.fields
    ? Object.fromEntries(Object.entries(outcome.fields).map(([f, m]) => [f, t(m.key, m.values)]))
    : undefined;
  return {
    ok: false,
    message: t(outcome.message.key, outcome.message.values),
    fieldErrors,
    values: echoed,
  } satisfies FormState;
}

/** What a handler returns reaches the form only as a plain record (e.g. a key shown once). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Use as `export const saveWeek = orgAction({...})` in a "use server" file; bind the slug. */
export function orgAction<S extends z.ZodType>(definition: OrgActionDefinition<S>) {
  const action = async (orgSlug: string, _previous: FormState, formData: FormData) => {
    const values = formValues(formData);
    const user = await currentUser();
    const outcome = await executeOrgAction(definition, user?.id ?? null, orgSlug, values);
    // A change to the organization's data shows on all of its pages at once.
    if (outcome.ok) {
      revalidatePath(`/o/${orgSlug}`, "layout");
      await rememberWritePosition();
    }
    return toFormState(outcome, values, definition.successMessage);
  };
  return Object.assign(action, { [BUILT_WITH_BUILDER]: definition });
}

interface PublicActionDefinition<S extends z.ZodType> {
  schema: S;
  handler: (input: z.infer<S>) => Promise<unknown>;
}

/** For the few actions before an organization exists: log in, sign up. */
export function publicAction<S extends z.ZodType>(definition: PublicActionDefinition<S>) {
  const action = async (_previous: FormState, formData: FormData) => {
    const values = formValues(formData);
    const outcome = await runToOutcome(
      async () => definition.handler(parseInput(definition.schema, values)),
      unstable_rethrow,
    );
    return toFormState(outcome, values);
  };
  return Object.assign(action, { [BUILT_WITH_BUILDER]: definition });
}
