/**
 * The one letter shown for a speaker without a photo: the first letter of the family
 * name, which the feed writes first ("Hara Masato" → "H", "原 昌登" → "原", "Inao Izumi"
 * → "I"). The family name is the name up to the first space, ASCII or full-width; a name
 * without a space gives its first letter. Latin letters are upper-cased. `undefined`
 * when the family name holds no letter at all: the card shows a silhouette instead.
 */
export function initialOf(name: string): string | undefined {
  // A letter with its accents (a decomposed "Ō" too), the first of the first word.
  const letter = name.trim().split(/\s/)[0].match(/\p{L}\p{M}*/u)?.[0];
  if (!letter) return undefined;
  const upper = letter.toUpperCase();
  // One letter stays one letter: "ß" would become "SS".
  return upper.length === letter.length ? upper : letter;
}
