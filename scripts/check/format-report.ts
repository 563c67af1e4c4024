// The `check` command's two outputs: a report for a person, and the one-object JSON contract.
import type { ClaimSet } from '../../data/schema';
import type { TextAnalysis } from '../../components/matching/analyse-text';
import { stanceSummary } from '../../components/claim-status';
import { describePageVersion } from '../../components/difference-text';
import { pageDiffers, type Difference, type Polarity } from '../../components/messaging';
import { differenceLabels } from '../../components/page/card-labels';

export interface JsonReport {
  story: { detected: boolean; score: number };
  matches: Array<{ claim: string; text: string; polarity: Polarity; differs: boolean; differences: Difference[] }>;
}

export function toJsonReport(text: string, analysis: TextAnalysis): JsonReport {
  return {
    story: { detected: analysis.story.detected, score: analysis.story.score },
    matches: analysis.matches.map((m) => ({
      claim: m.claimId,
      text: text.slice(m.start, m.end),
      polarity: m.polarity,
      differs: pageDiffers(m),
      differences: m.differences,
    })),
  };
}

/** The English words of the extension's card (the locale files' fallbacks). */
const WORDS = differenceLabels(() => '');

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
    lines.push(`    claim     ${claim.id}`);
    lines.push(`              ${claim.text}`);
    const version = describePageVersion(m, WORDS, 'en-GB');
    if (version) lines.push(`    the page  ${version}`);
    lines.push(`    because   ${[m.why.subject && `names ${m.why.subject}${m.why.subjectFromContext ? ' (in an earlier sentence)' : ''}`, `says ${m.why.predicate}`, m.why.cues.length ? `cues: ${m.why.cues.join(', ')}` : ''].filter(Boolean).join('; ')}`);
    lines.push(`    confirms  ${outletNames(outlets.confirms)}`);
    lines.push(`    disputes  ${outletNames(outlets.disputes)}`);
    if (outlets.qualifies.length) lines.push(`    qualifies ${outletNames(outlets.qualifies)}`);
    if (outlets.silent.length) lines.push(`    silent    ${outletNames(outlets.silent)}`);
  }
  return lines.join('\n');
}
