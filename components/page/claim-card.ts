// The hover card: a small panel beside a highlighted sentence saying which outlets confirm or
// dispute its claim. It lives in a closed Shadow DOM (the page can neither style nor read it) and
// in the top layer (Popover API), so no stacking context or z-index of the page covers it; it
// renders every string with textContent (never as HTML), and is reachable by keyboard.
import type { CardClaim, PageVersionWords } from './card-content';

export const CARD_HOST_TAG = 'claim-crosscheck-card';

export interface CardLabels extends PageVersionWords {
  title: string;
  confirmedBy: string;
  disputedBy: string;
  qualifiedBy: string;
  silent: string;
  none: string;
  pageSays: string;
  disputed: string;
  confirmed: string;
  /** Status of a claim the page's sentence leaves open (a question, a hedge). */
  open: string;
  /** Status of a claim denied since publication by someone it is about. */
  contested: string;
  /** Heading of what happened since publication. */
  since: string;
  openDetails: string;
  close: string;
}

export interface ClaimCard {
  readonly host: HTMLElement;
  show(claims: CardClaim[], anchor: DOMRect, options?: { focus?: boolean }): void;
  hide(): void;
  isOpen(): boolean;
  /** Puts the open card back on top of the top layer (after the page opened a dialog or popover of its own). */
  raise(): void;
  /** Is the point inside the card (so moving onto it does not close it)? */
  contains(x: number, y: number): boolean;
  destroy(): void;
}

const STYLE = `
:host { all: initial; }
.card { position: fixed; inset: auto; margin: 0; z-index: 2147483647; box-sizing: border-box; max-width: min(380px, calc(100vw - 16px)); overflow-y: auto; overscroll-behavior: contain;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1f; background: #fff;
  border: 1px solid #c9c9d1; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; }
.card:focus { outline: none; }
.card:focus-visible, button:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 4px;
  font-size: 11px; letter-spacing: .02em; text-transform: uppercase; color: #55555f; }
.claim + .claim { border-top: 1px solid #e3e3e8; margin-top: 8px; padding-top: 8px; }
.text { font-weight: 600; margin: 0 0 4px; }
.status { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 4px; margin-bottom: 4px; }
.status.disputed { background: #fde7e4; color: #8c1d13; border: 1px dashed #8c1d13; }
.status.confirmed { background: #e6f2e8; color: #1f5130; border: 1px solid #1f5130; }
.status.open { background: #eef0f6; color: #33384a; border: 1px dotted #33384a; }
.since-title { margin: 6px 0 2px; font-weight: 600; }
.since { margin: 0 0 4px; padding-left: 16px; }
.since li { margin: 2px 0; }
.since li.disputes::marker { content: "✗ "; color: #8c1d13; }
.since li.confirms::marker { content: "✓ "; color: #1f5130; }
.differs { margin: 0 0 4px; color: #8c1d13; }
.row { margin: 0; }
.row b { font-weight: 600; }
blockquote { margin: 6px 0 0; padding: 0 0 0 8px; border-left: 3px solid #c9c9d1; color: #3a3a44; }
blockquote cite { display: block; font-style: normal; font-size: 11px; color: #55555f; }
.actions { margin-top: 8px; display: flex; gap: 8px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #1a5fb4; background: #1a5fb4; color: #fff; padding: 3px 10px; }
button.secondary { background: transparent; color: #1a5fb4; }
@media (prefers-color-scheme: dark) {
  .card { color: #ececf1; background: #202026; border-color: #44444f; }
  .head, blockquote cite { color: #a9a9b6; }
  blockquote { color: #d4d4dc; border-color: #55555f; }
  .claim + .claim { border-color: #3a3a44; }
  .status.disputed { background: #4a1d18; color: #ffb4a8; border-color: #ffb4a8; }
  .status.confirmed { background: #1d3a26; color: #a6e3b5; border-color: #a6e3b5; }
  .status.open { background: #262a36; color: #c8cde0; border-color: #c8cde0; }
  .differs { color: #ffb4a8; }
  button { background: #8ab4f8; border-color: #8ab4f8; color: #10131a; }
  button.secondary { background: transparent; color: #8ab4f8; }
}`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function withLang<T extends HTMLElement>(node: T, lang: string): T {
  node.lang = lang;
  return node;
}

/** Gap between the sentence and the card, in CSS pixels. */
const CARD_OFFSET = 8;
const VIEWPORT_MARGIN = 8;
/** Below the sentence is preferred when at least this much room is there (or more than above). */
const CARD_COMFORTABLE_HEIGHT = 260;
/** The card never shrinks below this; it scrolls inside instead. */
const MIN_CARD_HEIGHT = 120;

export function createClaimCard(
  doc: Document,
  labels: CardLabels,
  handlers: { onOpenDetails(claimId: string): void },
): ClaimCard {
  const host = doc.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style', undefined, STYLE);
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', labels.title);
  // The card speaks the UI language, whatever the page's; the claim and quotes say their own.
  card.lang = labels.locale;
  card.tabIndex = -1;
  card.hidden = true;
  // The top layer where the browser has the Popover API (Chrome 114, Firefox 125); else z-index.
  const popover = typeof card.showPopover === 'function';
  if (popover) card.setAttribute('popover', 'manual');
  const isShowing = () => !card.hidden && (!popover || card.matches(':popover-open'));
  shadow.append(style, card);

  const hide = () => {
    if (popover && card.matches(':popover-open')) card.hidePopover();
    card.hidden = true;
  };
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      hide();
    }
  });

  function render(claims: CardClaim[]): void {
    const head = el(doc, 'div', 'head');
    head.append(el(doc, 'span', undefined, labels.title));
    const close = el(doc, 'button', 'secondary', '×');
    close.setAttribute('aria-label', labels.close);
    close.addEventListener('click', hide);
    head.append(close);
    const blocks = claims.map((claim) => {
      const block = el(doc, 'section', 'claim');
      block.append(
        claim.standing === 'disputed'
          ? el(doc, 'span', 'status disputed', labels.disputed)
          : claim.standing === 'contested'
            ? el(doc, 'span', 'status disputed', labels.contested)
            : claim.open
              ? el(doc, 'span', 'status open', labels.open)
              : el(doc, 'span', 'status confirmed', labels.confirmed),
        withLang(el(doc, 'p', 'text', claim.text), claim.textLang),
      );
      if (claim.pageDifference) block.append(el(doc, 'p', 'differs', `${labels.pageSays} ${claim.pageDifference}`));
      const rows: Array<[string, string[]]> = [
        [labels.confirmedBy, claim.summary.confirms],
        [labels.disputedBy, claim.summary.disputes],
        [labels.qualifiedBy, claim.summary.qualifies],
        [labels.silent, claim.summary.silent],
      ];
      for (const [label, names] of rows) {
        if (names.length === 0 && label !== labels.disputedBy) continue;
        const row = el(doc, 'p', 'row');
        row.append(el(doc, 'b', undefined, `${label} `), doc.createTextNode(names.join(', ') || labels.none));
        block.append(row);
      }
      for (const e of claim.evidence) {
        const quote = el(doc, 'blockquote');
        quote.append(withLang(el(doc, 'span', undefined, `“${e.quote}”`), e.lang), el(doc, 'cite', undefined, `— ${e.outlet}`));
        block.append(quote);
      }
      if (claim.since.length > 0) {
        block.append(el(doc, 'p', 'since-title', labels.since));
        const list = el(doc, 'ul', 'since');
        for (const d of claim.since) {
          const item = el(doc, 'li', d.bears === 'disputes' ? 'disputes' : 'confirms');
          item.append(el(doc, 'b', undefined, `${d.date} · ${d.who}: `), withLang(el(doc, 'span', undefined, d.summary), claim.storyLang));
          list.append(item);
        }
        block.append(list);
      }
      const actions = el(doc, 'div', 'actions');
      const details = el(doc, 'button', undefined, labels.openDetails);
      details.addEventListener('click', () => handlers.onOpenDetails(claim.id));
      actions.append(details);
      block.append(actions);
      return block;
    });
    card.replaceChildren(head, ...blocks);
  }

  /** Below the sentence, or above it when there is more room there; never over it. */
  function place(anchor: DOMRect): void {
    const view = doc.defaultView!;
    const roomBelow = view.innerHeight - anchor.bottom - CARD_OFFSET - VIEWPORT_MARGIN;
    const roomAbove = anchor.top - CARD_OFFSET - VIEWPORT_MARGIN;
    const below = roomBelow >= Math.min(roomAbove, CARD_COMFORTABLE_HEIGHT);
    card.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT, Math.round(below ? roomBelow : roomAbove))}px`;
    card.style.left = '0px';
    card.style.top = '0px';
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(VIEWPORT_MARGIN, Math.min(anchor.left, view.innerWidth - width - VIEWPORT_MARGIN));
    const top = below ? anchor.bottom + CARD_OFFSET : Math.max(VIEWPORT_MARGIN, anchor.top - CARD_OFFSET - height);
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }

  return {
    host,
    show(claims, anchor, options = {}) {
      // On the root element, beside the body, never inside an article the content script reads
      // and watches; mounted again when the page has taken it off (a hostile page may).
      if (!host.isConnected) doc.documentElement.append(host);
      render(claims);
      card.hidden = false;
      // Shown afresh, so it goes on top of whatever the page has put in the top layer meanwhile.
      if (popover) {
        if (card.matches(':popover-open')) card.hidePopover();
        card.showPopover();
      }
      place(anchor);
      if (options.focus) card.focus();
    },
    hide,
    isOpen: isShowing,
    raise() {
      if (!popover || !isShowing()) return;
      const focused = shadow.activeElement;
      card.hidePopover();
      card.showPopover();
      if (focused instanceof HTMLElement) focused.focus();
    },
    contains(x, y) {
      if (!isShowing()) return false;
      const r = card.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
    destroy() {
      hide();
      host.remove();
    },
  };
}
