// Honorifics written before a name, and the gender they give. Shared by the extractor (office
// links) and the graph (surnames alone across articles).

export const MALE_HONORIFIC = /^(mr|sir|lord)\.?$/i;
export const FEMALE_HONORIFIC = /^(mrs|ms|miss|lady|dame|baroness)\.?$/i;

/** The gender the honorifics opening a person's names give ("Mrs Howard"), or null when none or both. */
export function honorificGender(names: readonly string[]): 'm' | 'f' | null {
  const first = names.map((n) => n.trim().split(/\s+/)[0] ?? '');
  const m = first.some((w) => MALE_HONORIFIC.test(w));
  const f = first.some((w) => FEMALE_HONORIFIC.test(w));
  return m === f ? null : m ? 'm' : 'f';
}
