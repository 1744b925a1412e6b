// Words the dictionary lacks but English makes regularly from words it has: a known word with a
// common prefix ("unclips", "telehealth"), a regular ending ("queueing", "funders",
// "glaciologist", "brutalist"), or two known words closed up ("shoebox"; whether that is a
// compound or a lost space is the glued-word check's question, not spelling's).
const prefixes = ['un', 're', 'pre', 'non', 'co', 'over', 'under', 'micro', 'tele', 'cyber', 'anti', 'post', 'sub', 'super', 'inter', 'multi', 'mis', 'de', 'semi', 'hydro', 'geo', 'bio', 'eco'];

const endings: [RegExp, string[]][] = [
  [/ers?$/, ['', 'e']],
  [/ing$/, ['', 'e']],
  [/ists?$/, ['', 'e', 'y', 'ism']],
  [/isms?$/, ['', 'e', 'y']],
  [/ologists?$/, ['ology']],
  [/ological(ly)?$/, ['ology']],
  [/ators?$/, ['ate']],
  [/ial$/, ['y', 'e', 'ium']],
  [/ic$/, ['y', 'ics']],
  [/s$/, ['']],
];

export function isRegularForm(word: string, known: (word: string) => boolean): boolean {
  for (const prefix of prefixes) if (word.startsWith(prefix) && word.length - prefix.length >= 4 && known(word.slice(prefix.length))) return true;
  for (const [ending, replacements] of endings) {
    const match = ending.exec(word);
    if (!match) continue;
    const base = word.slice(0, match.index);
    if (base.length >= 3 && replacements.some((r) => known(base + r))) return true;
  }
  for (let i = 3; i <= word.length - 3; i++) if (known(word.slice(0, i)) && known(word.slice(i))) return true;
  return false;
}
