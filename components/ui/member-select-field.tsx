import { SelectField } from "./select-field";

/**
 * Whom a question is about (the `member` field of a GET form): the whole team, the empty
 * value, first; then each person.
 */
export function MemberSelectField({
  label,
  wholeTeamLabel,
  defaultValue,
  members,
}: {
  label: string;
  wholeTeamLabel: string;
  defaultValue: string;
  members: readonly { id: string; name: string }[];
}) {
  return (
    <SelectField
      name="member"
      label={label}
      defaultValue={defaultValue}
      options={[
        { value: "", label: wholeTeamLabel },
        ...members.map((member) => ({ value: member.id, label: member.name })),
      ]}
    />
  );
}
