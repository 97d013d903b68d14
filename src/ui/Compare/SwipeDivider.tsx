import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useCompareStore } from '../../state/compare-store';
import { useT } from '../use-t';

/** The swipe view's divider: drag it, or focus it and use the arrow keys (Shift for bigger steps), Home and End. */
export function SwipeDivider({ leftName, rightName }: { leftName: string; rightName: string }) {
  const t = useT();
  const percent = useCompareStore((s) => s.swipePercent);
  const setPercent = useCompareStore((s) => s.setSwipePercent);
  const handle = useRef<HTMLDivElement>(null);
  const moveTo = (clientX: number) => {
    const box = handle.current?.parentElement?.getBoundingClientRect();
    if (box && box.width > 0) setPercent(((clientX - box.left) / box.width) * 100);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 10 : 2;
    const next = { ArrowLeft: percent - step, ArrowDown: percent - step, ArrowRight: percent + step, ArrowUp: percent + step, Home: 0, End: 100 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setPercent(next);
  };
  return (
    <div
      ref={handle}
      className="swipe-divider"
      role="slider"
      tabIndex={0}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-label={t('compare.divider', { left: leftName, right: rightName })}
      data-testid="swipe-divider"
      style={{ left: `${percent}%` }}
      onKeyDown={onKeyDown}
      onPointerDown={(e: PointerEvent) => { e.currentTarget.setPointerCapture(e.pointerId); moveTo(e.clientX); }}
      onPointerMove={(e: PointerEvent) => { if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e.clientX); }}
    />
  );
}
