// The feeds the benchmarks measure (npm run bench, npm run bench:editor).
import { readFileSync } from 'node:fs';

/** A feed of `n` sessions made from the default feed's five, a week later for each round of five. */
export function feedOf(n) {
  const base = JSON.parse(readFileSync('feeds/tokyo-2025.json', 'utf8'));
  const sessions = Array.from({ length: n }, (_, i) => {
    const s = structuredClone(base.sessions[i % 5]);
    const shift = Math.floor(i / 5) * 7 * 86400_000;
    const move = (v) => (v.length === 10 ? new Date(Date.parse(`${v}T00:00:00Z`) + shift).toISOString().slice(0, 10) : new Date(Date.parse(v) + shift).toISOString());
    s.id = `session-${i + 1}`;
    s.number = i + 1;
    s.startsAt = move(s.startsAt);
    s.endsAt = move(s.endsAt);
    s.application.opensAt = move(s.application.opensAt);
    s.application.closesAt = move(s.application.closesAt);
    return s;
  });
  return { ...base, sessions };
}
