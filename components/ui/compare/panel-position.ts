// Where a cell's floating panel goes: under the cell, or above it when there is no room below,
// kept inside the viewport. Pure geometry; the panel is `position: fixed`, so it is never clipped
// by the matrix's scrolling region.

/** Space kept between the panel and the viewport's edges, in CSS pixels. */
export const PANEL_MARGIN = 8;

export interface Box {
  top: number;
  left: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export function panelPosition(anchor: Box, panel: Size, viewport: Size): { top: number; left: number } {
  const fitsBelow = anchor.bottom + panel.height <= viewport.height - PANEL_MARGIN;
  const fitsAbove = anchor.top - panel.height >= PANEL_MARGIN;
  const highest = Math.max(PANEL_MARGIN, viewport.height - PANEL_MARGIN - panel.height);
  const top = fitsBelow || !fitsAbove ? Math.min(anchor.bottom, highest) : anchor.top - panel.height;
  const rightmost = Math.max(PANEL_MARGIN, viewport.width - PANEL_MARGIN - panel.width);
  return { top: Math.max(PANEL_MARGIN, top), left: Math.min(Math.max(anchor.left, PANEL_MARGIN), rightmost) };
}
