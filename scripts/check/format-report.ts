// The `check` command's two outputs: a report for a person, and the one-object JSON contract.
import type { ClaimSet } from '../../data/schema';
import type { TextAnalysis } from '../../components/matching/analyse-text';

export interface JsonReport {
  story: { detected: boolean; score: number };
  matches: Array<{ claim: string; text: string; score: number; differs: boolean }>;
}

export function toJsonReport(text: string, analysis: TextAnalysis): JsonReport {
  return {
    story: { detected: analysis.story.detected, score: analysis.story.score },
    matches: analysis.matches.map((m) => ({
      claim: m.claimId,
      text: text.slice(m.start, m.end),
      score: m.score,
      differs: m.differs,
    })),
  };
}

function outletNames(claimSet: ClaimSet, ids: string[]): string {
  return ids.map((id) => claimSet.outlets.find((o) => o.id === id)?.name ?? id).join(', ') || 'none';
}

export function formatReport(text: string, analysis: TextAnalysis, claimSet: ClaimSet): string {
  const { story, matches } = analysis;
  const lines: string[] = [];
  lines.push(
    story.detected
      ? `Story: covered (score ${story.score.toFixed(2)}; found ${story.groups.join(', ')})`
      : `Story: not covered (score ${story.score.toFixed(2)}${story.groups.length ? `; found only ${story.groups.join(', ')}` : ''})`,
  );
  if (!story.detected) return lines.join('\n');
  const claims = new Set(matches.map((m) => m.claimId));
  const sentences = new Set(matches.map((m) => m.start)).size;
  lines.push(`${sentences} sentence${sentences === 1 ? '' : 's'} make ${claims.size} known claim${claims.size === 1 ? '' : 's'}.`);
  let previousSentence = -1;
  for (const m of matches) {
    const claim = claimSet.claims.find((c) => c.id === m.claimId);
    if (!claim) continue;
    const by = (stance: string) => claim.stances.filter((s) => s.stance === stance).map((s) => s.outlet);
    const addressed = new Set(claim.stances.map((s) => s.outlet));
    const silent = claimSet.outlets.filter((o) => !addressed.has(o.id)).map((o) => o.id);
    lines.push('');
    // A sentence that makes several claims is printed once, its claims under it.
    if (m.start !== previousSentence) lines.push(`  "${text.slice(m.start, m.end)}"`);
    previousSentence = m.start;
    lines.push(`    claim     ${claim.id} (score ${m.score.toFixed(2)})`);
    lines.push(`              ${claim.text}`);
    if (m.differs) lines.push(`    differs   ${m.difference ?? 'yes'}`);
    lines.push(`    confirms  ${outletNames(claimSet, by('confirms'))}`);
    lines.push(`    disputes  ${outletNames(claimSet, by('disputes'))}`);
    if (by('qualifies').length) lines.push(`    qualifies ${outletNames(claimSet, by('qualifies'))}`);
    if (silent.length) lines.push(`    silent    ${outletNames(claimSet, silent)}`);
  }
  return lines.join('\n');
}
