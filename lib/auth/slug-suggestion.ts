// The web address suggested at sign-up from the organization's name: "Bakkerij Peeters &
// Zonen" → "bakkerij-peeters-zonen". Accents fold to their letter, everything else that a
// slug cannot hold becomes one hyphen, and the result fits orgSlugSchema's 3 to 40 characters
// (empty when the name has too little to go on: the person types one).
const MAX_LENGTH = 40;

export function suggestSlug(orgName: string): string {
  const slug = orgName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, "");
  return slug.length >= 3 ? slug : "";
}
