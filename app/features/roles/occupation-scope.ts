/*
 * A role's figures are its primary occupation's (ADR 004): the pay, growth and openings of every worker BLS counts in
 * that occupation, at every level. Wherever a role shows one, this says so in words a student reads beside the number.
 */

/** Words kept as written when a title is put in a sentence: acronyms and mixed-case names (IT, QA, UX/UI, DevOps). */
function lowerWord(word: string): string {
  return word
    .split("-")
    .map((part) => {
      const letters = part.replace(/[^A-Za-z]/g, "");
      return letters.length > 1 && /[A-Z]/.test(letters.slice(1)) ? part : part.toLowerCase();
    })
    .join("-");
}

function plural(noun: string): string {
  if (/(s|sh|ch|x|z)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * "junior developers", "directors of engineering", "chief technology officers": a role title as a plural noun in a
 * sentence (the head noun is the last word, or the word before " of "; a parenthesised short form is left out).
 */
export function rolePlural(roleTitle: string): string {
  const words = roleTitle
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .trim()
    .split(/\s+/)
    .map(lowerWord);
  const of = words.indexOf("of");
  const head = of > 0 ? of - 1 : words.length - 1;
  words[head] = plural(words[head]!);
  return words.join(" ");
}

/** A BLS occupation title as it reads mid-sentence: "Software developers" -> "software developers". */
function occupationInSentence(title: string): string {
  const [first = "", ...rest] = title.split(" ");
  return [lowerWord(first), ...rest].join(" ");
}

/**
 * Who a role's figures describe, for students: "all software developers, not only junior developers". A catch-all
 * line is named as BLS writes it ("everyone in computer occupations, all other, not only cloud engineers"); a role
 * that is its occupation gets "all data scientists, at every level of experience".
 */
export function wholeOccupationNote(roleTitle: string, occupationTitle: string): string {
  const occupation = occupationInSentence(occupationTitle);
  const role = rolePlural(roleTitle);
  return role === occupation.toLowerCase() || role === occupation
    ? everyWorkerNote(occupationTitle)
    : `${everyone(occupationTitle)}, not only ${role}`;
}

/**
 * Who a BLS occupation's own figures describe, where no role title narrows it: "all registered nurses, at every level
 * of experience" (a catch-all line as BLS writes it: "everyone in “computer occupations, all other”, …").
 */
export function everyWorkerNote(occupationTitle: string): string {
  return `${everyone(occupationTitle)}, at every level of experience`;
}

function everyone(occupationTitle: string): string {
  const occupation = occupationInSentence(occupationTitle);
  return /, all other$/i.test(occupationTitle) ? `everyone in “${occupation}”` : `all ${occupation}`;
}
