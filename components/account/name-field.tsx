"use client";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/actions/form-state";

/**
 * A person's name in an account form (the profile, accepting an invitation): what was typed
 * when a submit was refused, else the name the form starts from.
 */
export function NameField({ label, name, state }: { label: string; name: string; state: FormState }) {
  return (
    <TextField
      name="name"
      label={label}
      autoComplete="name"
      required
      defaultValue={state.values?.name ?? name}
      error={state.fieldErrors?.name}
    />
  );
}
