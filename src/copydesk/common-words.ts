// The commonest short English words: the ones a lost space most often glues onto a neighbour
// ("thehospital", "Beijingthe", "Nowaksaid"). A glued pair needs one of them, or a recognisable
// word ending on its left half, to be told apart from a real closed compound ("meltwater").
export const commonWords = new Set(
  `a an the of to in on at by is it as or and but for be we he she if so no up do was has had have who that this with from are not his her its they
  said says told will would could should can may might been were when which after before about into over than then there their them more also what
  our one two new last first year years all any out off one our you your him us me my ago yet now just only very most some such each both many much
  own other same few did does how why where while since under near against between during without through because until once again here
  per cent week day days month people city council government minister police`.split(/\s+/),
);

/** Endings that mark a finished word (a plural, a tense, an adverb): a compound's first half rarely has one. */
export const inflectedEnding = /(?:s|ed|ing|ly|tion|sion|ment|ness|ity|ous|ive|ful|ance|ence)$/;
