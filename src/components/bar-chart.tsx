export interface Bar {
  label: string;
  /** 0–100, or null when there is nothing to show (no question of that kind was served). */
  percent: number | null;
}

/**
 * Horizontal bars with a vertical pass line. Plain SVG: a chart library would cost more bytes than the
 * whole app for two simple charts (docs/decisions/003). The numbers are also in a table beside it, so
 * the image itself carries only a summary label.
 */
export function BarChart({ bars, passPercent, label, passLabel }: { bars: Bar[]; passPercent: number; label: string; passLabel: string }) {
  const rowH = 34;
  const labelW = 0; // labels sit above each bar so long domain names never get cut off
  const width = 600;
  const top = 8;
  const height = top + bars.length * (rowH + 18) + 24;
  const x = (p: number) => labelW + (p / 100) * (width - labelW - 8);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {bars.map((b, i) => {
        const y = top + i * (rowH + 18);
        const p = b.percent ?? 0;
        return (
          <g key={b.label}>
            <text x={0} y={y + 12} className="chart-label">
              {b.label} {b.percent === null ? '—' : `${Math.round(p)}%`}
            </text>
            <rect x={x(0)} y={y + 18} width={x(100) - x(0)} height={rowH - 14} className="chart-track" rx={4} />
            <rect
              x={x(0)}
              y={y + 18}
              width={Math.max(0, x(p) - x(0))}
              height={rowH - 14}
              className={p >= passPercent ? 'chart-bar chart-bar-pass' : 'chart-bar chart-bar-fail'}
              rx={4}
            />
          </g>
        );
      })}
      <line x1={x(passPercent)} x2={x(passPercent)} y1={top} y2={height - 20} className="chart-pass-line" />
      <text x={x(passPercent)} y={height - 4} textAnchor="middle" className="chart-axis">
        {passLabel}
      </text>
    </svg>
  );
}
