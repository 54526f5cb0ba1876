/**
 * A checkbox with its label beside it and a hint under the label (announced with it). `checked`
 * is the value to show; the key makes a form that was reset by its action show it again.
 */
export function CheckboxField({
  name,
  label,
  hint,
  checked,
}: {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={name}
        name={name}
        type="checkbox"
        key={String(checked)}
        defaultChecked={checked}
        aria-describedby={`${name}-hint`}
        className="mt-1 size-4"
      />
      <div>
        <label htmlFor={name} className="font-medium">
          {label}
        </label>
        <p id={`${name}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      </div>
    </div>
  );
}

/** A controlled checkbox inside its label, for forms that act on the choice at once. */
export function InlineCheckbox({
  name,
  label,
  checked,
  onChange,
  describedBy,
  className = "flex items-center gap-2 text-sm font-medium",
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The id of a hint outside the label. */
  describedBy?: string;
  className?: string;
}) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy}
        className="size-4"
      />
      {label}
    </label>
  );
}
