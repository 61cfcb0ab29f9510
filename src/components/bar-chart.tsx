export interface Bar {
  label: string;
  /** 0–100, or null when there is nothing to show (no question of that kind was served). */
  percent: number | null;
}

/**
 * Horizontal bars with the pass line, drawn with plain HTML and CSS so the text stays readable at any
 * width (docs/decisions/003). The numbers are also in the table beside it, so to a screen reader the
 * chart is one image with a summary label.
 */
export function BarChart({ bars, passPercent, label, passLabel }: { bars: Bar[]; passPercent: number; label: string; passLabel: string }) {
  return (
    <div className="bar-chart" role="img" aria-label={label}>
      {bars.map((b) => {
        const p = b.percent ?? 0;
        return (
          <div key={b.label} className="bar-row" aria-hidden="true">
            <div className="bar-label">
              <span>{b.label}</span>
              <span className="bar-value">{b.percent === null ? '—' : `${Math.round(p)}%`}</span>
            </div>
            <div className="bar-track">
              <div className={p >= passPercent ? 'bar-fill bar-pass' : 'bar-fill bar-fail'} style={{ width: `${p}%` }} />
              <div className="bar-passline" style={{ left: `${passPercent}%` }} />
            </div>
          </div>
        );
      })}
      <div className="bar-legend" aria-hidden="true">
        <span className="bar-legend-line" /> {passLabel}
      </div>
    </div>
  );
}
