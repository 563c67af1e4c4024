import { describe, expect, it } from 'vitest';
import { mount, one, text } from '../fixtures/dom';
import { CompareHeader } from './CompareHeader';

const base = { title: 'A story', summary: 'What happened.', lang: 'en' };

describe('CompareHeader', () => {
  it('names the page without its scheme, what it holds, and the outlet it is', () => {
    const root = mount(
      <CompareHeader {...base} page={{ kind: 'answered', url: 'https://www.rivertimes.example/2025/bridge/', coverage: 'found', foundCount: 1 }} pageOutletName="River Times" />,
    );
    expect([...one(root, '.compare-header__page').querySelectorAll('p')].map(text)).toEqual([
      'Compared with the page www.rivertimes.example/2025/bridge',
      '1 claim found on this page',
      'The page is River Times\'s article: its column is marked "this page".',
    ]);
  });

  it('says when the page is off the story', () => {
    const root = mount(<CompareHeader {...base} page={{ kind: 'answered', url: 'http://127.0.0.1:8000/x', coverage: 'not-covered', foundCount: 0 }} />);
    expect(text(one(root, '[data-coverage]'))).toBe("This page doesn't cover this story");
  });

  it('renders markup in the story as text', () => {
    const root = mount(<CompareHeader title="<b>Bold</b>" summary="<script>x</script>" lang="en" page={{ kind: 'no-tab' }} />);
    expect(one(root, 'h1').textContent).toBe('<b>Bold</b>');
    expect(root.querySelector('b, script')).toBeNull();
  });
});
