/**
 * Padding for fitting data to the map so that no panel floating over the map (the legend, the timeline, the
 * map's buttons) covers the fitted area (issue 15). Screen pixels, relative to the map's top-left corner.
 */

export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
type Side = (typeof SIDES)[number];

/** The padding that keeps the data clear of `overlay` by giving up the map on one `side` of it. */
function clearOf(overlay: ScreenRect, side: Side, width: number, height: number, marginPx: number): number {
  switch (side) {
    case 'top': return overlay.bottom + marginPx;
    case 'bottom': return height - overlay.top + marginPx;
    case 'left': return overlay.right + marginPx;
    case 'right': return width - overlay.left + marginPx;
  }
}

/** How large data of this aspect (width ÷ height) is drawn inside the padded map: the fit's scale. */
function fitScale(padding: Padding, width: number, height: number, aspect: number): number {
  const innerWidth = width - padding.left - padding.right;
  const innerHeight = height - padding.top - padding.bottom;
  if (innerWidth <= 0 || innerHeight <= 0) return 0;
  return Math.min(innerWidth / aspect, innerHeight);
}

/**
 * Chooses, for every overlay on the map, the side of it to keep the data away from, so that the data
 * (of `aspect` = its width ÷ height on screen) is drawn as large as it can be without any overlay on it.
 * Overlays outside the map or empty are ignored. If the panels leave no room (a map smaller than its
 * panels), only the margin is kept: a covered map is better than none.
 */
export function fitPadding(size: { width: number; height: number }, overlays: ScreenRect[], aspect: number, marginPx = 24): Padding {
  const { width, height } = size;
  const base: Padding = { top: marginPx, right: marginPx, bottom: marginPx, left: marginPx };
  const onMap = overlays.filter((o) => o.right > o.left && o.bottom > o.top && o.right > 0 && o.bottom > 0 && o.left < width && o.top < height);
  const safeAspect = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  let best = base;
  let bestScale = -1;
  // Every combination of sides: at most a handful of overlays, so 4^n stays small.
  const choose = (index: number, padding: Padding) => {
    if (index === onMap.length) {
      const scale = fitScale(padding, width, height, safeAspect);
      if (scale > bestScale) {
        bestScale = scale;
        best = padding;
      }
      return;
    }
    for (const side of SIDES) {
      const needed = clearOf(onMap[index], side, width, height, marginPx);
      choose(index + 1, { ...padding, [side]: Math.max(padding[side], needed) });
    }
  };
  choose(0, base);
  return bestScale >= 40 ? best : base;
}
