"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { closeRoundAction } from "@/app/o/[orgSlug]/survey/actions";
import { FormMessage } from "@/components/ui/form-message";
import { RowAction } from "@/components/ui/row-action";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";

/**
 * Closes a round. It stays mounted once the round is closed, without its button, so that the
 * outcome of closing is still there to be read and announced.
 */
export function CloseRoundButton({
  orgSlug,
  action,
  round,
}: {
  orgSlug: string;
  action: typeof closeRoundAction;
  round: { id: string; title: string; closed: boolean };
}) {
  const t = useTranslations("survey");
  const [state, formAction] = useActionState(action.bind(null, orgSlug), INITIAL_FORM_STATE);
  return (
    <div className="space-y-2">
      <FormMessage state={state} />
      {round.closed ? null : (
        <RowAction
          action={formAction}
          fields={{ roundId: round.id }}
          label={t("closeLabel", { title: round.title })}
        >
          {t("close")}
        </RowAction>
      )}
    </div>
  );
}
