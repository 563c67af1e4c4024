// The review page an editor reads before editing the draft: static HTML (no script), every text
// escaped. Each proposed claim shows every outlet's sentence side by side, the quoted words
// marked, what differs; then the needs-review list, the gate and its checks, entities, concepts
// and the furniture that was skipped.
import type { Draft, DraftClaim } from './draft';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text or attribute value: nothing from the articles is ever markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1d1d1f;max-width:110rem}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
.claim{border:1px solid #d0d0d5;border-radius:6px;margin:1.2rem 0;padding:.6rem .9rem}
.claim h3{font-size:1rem;margin:.2rem 0}.meta{color:#555;font-size:.85rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}
th{background:#f4f4f6;font-weight:600}
td.confirms{background:#f3faf4}td.disputes{background:#fdecec;border:2px solid #c62828}
td.qualifies{background:#fff6e0;border:2px solid #e0a000}td.silent{color:#888;font-style:italic}
mark{background:#fff176}.stance{font-weight:700;text-transform:uppercase;font-size:.75rem}
.disputes .stance{color:#b71c1c}.qualifies .stance{color:#8a6100}.confirms .stance{color:#1b5e20}
.note{margin-top:.3rem;font-weight:600}.ok{color:#1b5e20}.bad{color:#b71c1c;font-weight:700}
ul.review li{margin:.15rem 0}code{background:#f4f4f6;padding:0 .2rem}
`;

function sentenceCell(claim: DraftClaim, outlet: string, index: number): string {
  const stance = claim.claim.stances.find((s) => s.outlet === outlet);
  const reading = claim.readings.find((r) => r.article === index);
  if (!stance || !reading) return '<td class="silent">silent</td>';
  const sentence = reading.unit.text;
  const at = sentence.indexOf(stance.quote);
  const shown =
    at < 0
      ? escapeHtml(sentence)
      : `${escapeHtml(sentence.slice(0, at))}<mark>${escapeHtml(stance.quote)}</mark>${escapeHtml(sentence.slice(at + stance.quote.length))}`;
  const note = stance.note ? `<div class="note">${escapeHtml(stance.note)}</div>` : '';
  return `<td class="${stance.stance}"><div class="stance">${stance.stance}</div>${shown}${note}</td>`;
}

function claimSection(draft: Draft, c: DraftClaim): string {
  const outlets = draft.pack.outlets;
  const frame = c.claim.frame;
  const frameText = [
    `subject: ${frame.subject.join(' | ')}`,
    `predicate: ${frame.predicate.map((p) => (typeof p === 'string' ? p : p.id)).join(' | ')}`,
    ...(frame.also ?? []).map((g) => `also: ${g.join(' | ')}`),
    ...(frame.figure ? [`figure: ${JSON.stringify(frame.figure)}`] : []),
  ].join('; ');
  const differs = c.claim.stances.some((s) => s.stance !== 'confirms');
  return `<section class="claim" id="${escapeHtml(c.claim.id)}">
<h3>${escapeHtml(c.claim.text)}</h3>
<div class="meta"><code>${escapeHtml(c.claim.id)}</code> · topic <b>${escapeHtml(c.claim.topic)}</b> · ${c.claim.stances.length} of ${outlets.length} outlets${differs ? ' · <span class="bad">outlets differ</span>' : ''} · text from ${escapeHtml(outlets[c.textFrom]?.name ?? '')} (rewrite it neutrally) · frame: ${escapeHtml(frameText)}</div>
<table><thead><tr>${outlets.map((o) => `<th>${escapeHtml(o.name)}</th>`).join('')}</tr></thead>
<tbody><tr>${outlets.map((o, i) => sentenceCell(c, o.id, i)).join('')}</tr></tbody></table>
</section>`;
}

function gateSection(draft: Draft): string {
  const groups = draft.pack.signals
    .map((g) => `<tr><td><code>${escapeHtml(g.id)}</code></td><td>${g.weight}${g.anchor ? ' (anchor)' : ''}</td><td>${g.terms.map(escapeHtml).join(' · ')}</td></tr>`)
    .join('');
  const checks = [
    ...draft.gate.articles.map((a) => ({ ...a, want: true, what: 'article' })),
    ...draft.gate.nearMisses.map((a) => ({ ...a, want: false, what: 'near miss' })),
  ]
    .map((c) => {
      const good = c.verdict.detected === c.want;
      return `<tr><td>${escapeHtml(c.what)}</td><td>${escapeHtml(c.file)}</td><td class="${good ? 'ok' : 'bad'}">${c.verdict.detected ? 'accepted' : 'rejected'}${good ? '' : ' (wrong)'}</td><td>${c.verdict.score} · ${escapeHtml(c.verdict.groups.join(', '))}</td></tr>`;
    })
    .join('');
  const dropped = draft.gate.dropped.length
    ? `<p>Dropped because a near miss showed them: ${draft.gate.dropped.map((d) => `<code>${escapeHtml(d.term)}</code> (${escapeHtml(d.group)}, ${escapeHtml(d.nearMiss)})`).join(', ')}</p>`
    : '';
  return `<h2 id="gate">Gate</h2><table><thead><tr><th style="width:10rem">group</th><th style="width:8rem">weight</th><th>terms</th></tr></thead><tbody>${groups}</tbody></table>
<h3>Checks ${draft.gate.ok ? '<span class="ok">(all as they should be)</span>' : '<span class="bad">(some wrong: see below)</span>'}</h3>
<table><thead><tr><th style="width:8rem">page</th><th>file</th><th style="width:10rem">gate</th><th>score · groups found</th></tr></thead><tbody>${checks}</tbody></table>${dropped}`;
}

function entitiesSection(draft: Draft): string {
  const rows = draft.entities
    .map(
      (e) =>
        `<tr><td><code>${escapeHtml(e.entity.id)}</code></td><td>${escapeHtml(e.entity.kind)}${e.kindFrom === 'guess' ? ' <span class="bad">(guess)</span>' : ` (${escapeHtml(e.kindFrom)})`}</td><td>${e.entity.names.map(escapeHtml).join(' · ')}</td><td>${e.articles.size}</td></tr>`,
    )
    .join('');
  const concepts = draft.pack.concepts
    .map((c) => {
      const wordnet = new Set(draft.wordnetPhrases.get(c.id) ?? []);
      return `<tr><td><code>${escapeHtml(c.id)}</code></td><td>${c.phrases.map((p) => (wordnet.has(p) ? `<i title="proposed by WordNet">${escapeHtml(p)}</i>` : escapeHtml(p))).join(' · ')}</td></tr>`;
    })
    .join('');
  return `<h2 id="entities">Entities</h2><table><thead><tr><th style="width:16rem">id</th><th style="width:14rem">kind</th><th>names</th><th style="width:6rem">outlets</th></tr></thead><tbody>${rows}</tbody></table>
<h2 id="concepts">Concepts (phrases in italics were proposed by WordNet)</h2><table><thead><tr><th style="width:16rem">id</th><th>phrases</th></tr></thead><tbody>${concepts}</tbody></table>`;
}

export function reviewPage(draft: Draft): string {
  const { story, outlets } = draft.pack;
  const skipped = draft.skipped
    .map((s) => `<tr><td>${escapeHtml(outlets[s.article]?.name ?? '')}</td><td>${escapeHtml(s.text)}</td><td>${escapeHtml(s.reason)}</td></tr>`)
    .join('');
  const disputed = draft.claims.filter((c) => c.claim.stances.some((s) => s.stance !== 'confirms')).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Review: ${escapeHtml(story.id)}</title><style>${STYLE}</style></head>
<body>
<h1>Draft story pack <code>${escapeHtml(story.id)}</code>: review</h1>
<p>${draft.claims.length} proposed claims from ${outlets.length} outlets (${outlets.map((o) => `${escapeHtml(o.name)} — <code>${escapeHtml(o.seed)}</code>`).join('; ')}); on ${disputed} of them the outlets differ. Every quote is verbatim from its outlet's article and <mark>marked</mark> in its sentence.</p>
<p><a href="#needs-review">Needs review</a> · <a href="#claims">Claims</a> · <a href="#gate">Gate</a> · <a href="#entities">Entities</a> · <a href="#skipped">Skipped furniture</a></p>
<h2 id="needs-review">Needs review (${draft.review.length})</h2>
<ul class="review">${draft.review.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>
<h2 id="claims">Claims</h2>
${draft.claims.map((c) => claimSection(draft, c)).join('\n')}
${gateSection(draft)}
${entitiesSection(draft)}
<h2 id="skipped">Skipped furniture (${draft.skipped.length})</h2>
<table><thead><tr><th style="width:12rem">outlet</th><th>text</th><th style="width:22rem">why</th></tr></thead><tbody>${skipped}</tbody></table>
</body></html>
`;
}
