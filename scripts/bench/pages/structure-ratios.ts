// Per page structure (tests/fixtures/structures/): the story's highlights after what the reader
// does there, against the highlights the same text gets on a plain page; and the highlights on the
// different story beside it (target: none).
import type { Suite } from '../../../tests/e2e/harness';
import { find, plainPage, runSteps, settledHighlights, structureCases } from '../../../tests/e2e/structures';

export interface StructureRatio {
  name: string;
  story: number;
  plain: number;
  ratio: number;
  other: number;
}

export async function measureStructureRatios(suite: Suite, prepare: Parameters<Suite['open']>[1]): Promise<StructureRatio[]> {
  const out: StructureRatio[] = [];
  for (const c of structureCases().filter((s) => !s.expected.busy)) {
    const opened = await suite.open(c.path, prepare);
    await suite.report(opened.tabId);
    await runSteps(opened.page, c.expected.steps);
    await settledHighlights(opened.page, { atLeast: 1 });
    const story = await find(opened.page, c.expected.story);
    const other = await find(opened.page, c.expected.other);
    suite.server.add(`/plain/${c.name}`, { body: plainPage(story.paragraphs) });
    const plain = await suite.open(`/plain/${c.name}`, prepare);
    await suite.report(plain.tabId);
    const onPlain = await settledHighlights(plain.page, { atLeast: 1 });
    out.push({ name: c.name, story: story.highlights, plain: onPlain, ratio: onPlain ? story.highlights / onPlain : 0, other: other.highlights });
    await plain.page.close();
    await opened.page.close();
  }
  return out;
}
