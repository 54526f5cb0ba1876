"use client";
// The what-if answer in the browser: the engine is pure and the page hands it the selection's
// counts (whatIfBasis, never the weeks), so a new target, unit, plan of calls or hours is
// answered as it is typed, without a page load, and the address follows (replaceState) so the
// plan can still be bookmarked and shared. The server renders the first answer with this code.
import { type FormEvent, type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { FunnelLabels } from "@/lib/dashboard/labels";
import {
  answerWhatIf,
  asksForOtherData,
  readWhatIfForm,
  type WhatIfBasis,
  type WhatIfFields,
  whatIfHref,
} from "@/lib/dashboard/what-if-view";
import { WhatIfAnswerView } from "./what-if-answer";
import { type LiveField, WhatIfFormView } from "./what-if-form";

/**
 * User Timing names (DevTools shows them; e2e/what-if-live.spec.ts reads them): the engine's
 * time for one answer, and one change's time from the keystroke to the answer in the page.
 */
const COMPUTE_MEASURE = "what-if:compute";
const CHANGE_MEASURE = "what-if:change";

export function WhatIfPlanner({
  action,
  loaded,
  members,
  labels,
  basis,
  children,
}: {
  action: string;
  /** The fields of the address the page was loaded with. */
  loaded: WhatIfFields;
  members: { id: string; name: string }[];
  labels: FunnelLabels;
  /** The loaded selection's counts; null when there is nothing to plan from (children say why). */
  basis: WhatIfBasis | null;
  /** Between the form and the answer: the ratios it runs on, or why there is nothing to plan from. */
  children: ReactNode;
}) {
  const [fields, setFields] = useState(loaded);
  const changedAt = useRef<number | null>(null);
  const live = useMemo(() => {
    const form = readWhatIfForm(fields);
    if (!basis || !form.question) return { form, answer: null, timing: null };
    const started = performance.now();
    const answer = answerWhatIf(basis, form.question);
    return { form, answer, timing: { started, ms: performance.now() - started } };
  }, [fields, basis]);

  useLayoutEffect(() => {
    if (live.timing)
      performance.measure(COMPUTE_MEASURE, { start: live.timing.started, duration: live.timing.ms });
    if (changedAt.current !== null) {
      performance.measure(CHANGE_MEASURE, { start: changedAt.current, end: performance.now() });
      changedAt.current = null;
    }
  }, [live]);

  const href = whatIfHref(action, fields);
  useEffect(() => {
    if (href !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(null, "", href);
  }, [href]);

  const edit = (field: LiveField, value: string) => {
    changedAt.current = performance.now();
    setFields((now) => ({ ...now, [field]: value }));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const submitted = { period: String(data.get("period") ?? ""), member: String(data.get("member") ?? "") };
    // The same weeks and person: the answer shown is already this question's.
    if (!asksForOtherData(loaded, submitted)) event.preventDefault();
  };

  return (
    <>
      <WhatIfFormView
        action={action}
        fields={fields}
        form={live.form}
        members={members}
        onEdit={edit}
        onSubmit={submit}
      />
      {children}
      {basis ? (
        <div aria-live="polite">
          <WhatIfAnswerView answer={live.answer} question={live.form.question} labels={labels} />
        </div>
      ) : null}
    </>
  );
}
