import { describe, expect, it } from 'vitest';
import { PANEL_MARGIN, panelPosition } from './panel-position';

const viewport = { width: 1000, height: 800 };
const panel = { width: 300, height: 200 };

describe('panelPosition', () => {
  it('goes under the cell, at its left edge', () => {
    expect(panelPosition({ top: 100, bottom: 140, left: 50 }, panel, viewport)).toEqual({ top: 140, left: 50 });
  });

  it('goes above the cell when there is no room below', () => {
    expect(panelPosition({ top: 650, bottom: 690, left: 50 }, panel, viewport)).toEqual({ top: 450, left: 50 });
  });

  it('stays inside the viewport sideways', () => {
    expect(panelPosition({ top: 100, bottom: 140, left: 900 }, panel, viewport).left).toBe(1000 - PANEL_MARGIN - 300);
    expect(panelPosition({ top: 100, bottom: 140, left: -40 }, panel, viewport).left).toBe(PANEL_MARGIN);
  });

  it('stays inside a viewport too short for it either way', () => {
    const small = { width: 320, height: 260 };
    const at = panelPosition({ top: 100, bottom: 140, left: 10 }, { width: 304, height: 200 }, small);
    expect(at.top).toBeGreaterThanOrEqual(PANEL_MARGIN);
    expect(at.top + 200).toBeLessThanOrEqual(260 - PANEL_MARGIN);
    expect(at.left).toBe(320 - PANEL_MARGIN - 304);
    // Taller than the viewport: pinned to the top margin (the panel scrolls inside).
    expect(panelPosition({ top: 100, bottom: 140, left: 10 }, { width: 100, height: 400 }, small).top).toBe(PANEL_MARGIN);
  });
});
