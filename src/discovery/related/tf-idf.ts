// TF-IDF arithmetic on sparse vectors (Map term → weight). Term frequency is sublinear
// (1 + ln count) so a word repeated ten times does not drown the rest; IDF is smoothed so a
// term in every article still weighs a little and a new term never divides by zero.
export type Vector = Map<string, number>;

export function sublinearTf(counts: Map<string, number>): Vector {
  const tf: Vector = new Map();
  for (const [term, count] of counts) if (count > 0) tf.set(term, 1 + Math.log(count));
  return tf;
}

export function idf(df: number, documents: number): number {
  return Math.log((1 + documents) / (1 + Math.max(df, 0))) + 1;
}

/** tf × idf for each term; a term missing from `idfs` counts as unseen (df 0). */
export function tfIdf(tf: Vector, idfs: Map<string, number>, documents: number): Vector {
  const vector: Vector = new Map();
  for (const [term, weight] of tf) vector.set(term, weight * (idfs.get(term) ?? idf(0, documents)));
  return vector;
}

/** The `limit` heaviest entries; ties broken by term so the result is stable. */
export function heaviest(vector: Vector, limit: number): Vector {
  return new Map([...vector].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit));
}

export function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

/** The vector scaled to length 1 (the zero vector stays zero): then a dot product is a cosine. */
export function unit(vector: Vector): Vector {
  const length = norm(vector) || 1;
  return new Map([...vector].map(([term, weight]) => [term, weight / length]));
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

export function cosine(a: Vector, b: Vector): number {
  const lengths = norm(a) * norm(b);
  return lengths === 0 ? 0 : dot(a, b) / lengths;
}
