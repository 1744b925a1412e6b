// A snippet as the database returns it (matches between U+E000 and U+E001) → plain parts that a
// view renders as text and <mark>. The database's markup is never trusted: indexed text cannot
// hold the markers (cleanText), so every marker here is one the database put in.
import { matchEnd, matchStart } from './parse-query.ts';

export interface SnippetPart {
  text: string;
  match: boolean;
}

export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
    text = '';
  };
  for (const char of marked) {
    if (char === matchStart || char === matchEnd) {
      flush();
      match = char === matchStart;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}

export function hasMatch(parts: SnippetPart[]): boolean {
  return parts.some((part) => part.match);
}

export function plainText(parts: SnippetPart[]): string {
  return parts.map((part) => part.text).join('');
}
