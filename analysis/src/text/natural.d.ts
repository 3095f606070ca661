// natural ships no types for its deep modules; importing them one by one keeps its root import
// (which loads storage adapters that print dotenv banners) out of analysis/. Only what text/ uses.

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer_it.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: readonly string[];
}

declare module 'natural/lib/natural/util/stopwords_nl.js' {
  export const words: readonly string[];
}

declare module 'natural/lib/natural/util/stopwords_it.js' {
  export const words: readonly string[];
}
