/**
 * Labels as a regex alternation, longest first, each letter-spaced or not
 * (government pages print `索 引 号:` and `名 称:`); `despace` gives the label back.
 * A leaf module: the chrome and header-line steps both build their patterns from it.
 */
export function labelAlternation(labels: Iterable<string>): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map((label) => [...label].join('[ \\u3000]{0,10}'))
    .join('|');
}
export const despace = (label: string) => label.replace(/[ \u3000]/g, '');
