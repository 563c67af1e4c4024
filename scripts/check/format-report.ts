// The `check` command's two outputs: a report for a person, and the one-object JSON contract.
import type { ClaimSet } from '../../data/schema';
import type { TextAnalysis } from '../../components/matching/analyse-text';
import { stanceSummary } from '../../components/claim-status';

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

function outletNames(names: string[]): string {
  return names.join(', ') || 'none';
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
  const claimsById = new Map(claimSet.claims.map((c) => [c.id, c]));
  let previousSentence = -1;
  for (const m of matches) {
    const claim = claimsById.get(m.claimId);
    if (!claim) continue;
    // The same summary the card shows: outlet names by stance, in the claim set's outlet order.
    const outlets = stanceSummary(claim, claimSet);
    lines.push('');
    // A sentence that makes several claims is printed once, its claims under it.
    if (m.start !== previousSentence) lines.push(`  "${text.slice(m.start, m.end)}"`);
    previousSentence = m.start;
    lines.push(`    claim     ${claim.id} (score ${m.score.toFixed(2)})`);
    lines.push(`              ${claim.text}`);
    if (m.differs) lines.push(`    differs   ${m.difference ?? 'yes'}`);
    lines.push(`    confirms  ${outletNames(outlets.confirms)}`);
    lines.push(`    disputes  ${outletNames(outlets.disputes)}`);
    if (outlets.qualifies.length) lines.push(`    qualifies ${outletNames(outlets.qualifies)}`);
    if (outlets.silent.length) lines.push(`    silent    ${outletNames(outlets.silent)}`);
  }
  return lines.join('\n');
}
