// The glossary in the family's languages (issue 16 §3): each built-in term's plain words and explanation have ids
// `glossary.<key>.plain` and `glossary.<key>.explanation` in shared/i18n/locales/<lang>/glossary.json.

/** A term's key: lower case, runs of anything but letters and digits as one hyphen ("Child in need" → "child-in-need"). */
export function glossaryKey(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
