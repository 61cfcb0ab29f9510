export interface TrendPoint {
  key: string;
  percent: number;
}

/** Scores over time (oldest left) with the pass line; the same numbers are in the table below it. */
export function TrendChart({ points, passPercent, label, passLabel }: { points: TrendPoint[]; passPercent: number; label: string; passLabel: string }) {
  const width = 480;
  const height = 180;
  const pad = { left: 44, right: 12, top: 12, bottom: 12 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (p: number) => pad.top + (1 - p / 100) * innerH;
  const path = points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(pt.percent).toFixed(1)}`).join(' ');
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {[0, 50, 100].map((t) => (
        <g key={t}>
          <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} className="chart-grid" />
          <text x={pad.left - 6} y={y(t) + 4} textAnchor="end" className="chart-axis">
            {t}%
          </text>
        </g>
      ))}
      <line x1={pad.left} x2={width - pad.right} y1={y(passPercent)} y2={y(passPercent)} className="chart-pass-line" />
      <text x={width - pad.right} y={y(passPercent) - 6} textAnchor="end" className="chart-axis">
        {passLabel}
      </text>
      <path d={path} className="chart-line" fill="none" />
      {points.map((pt, i) => (
        <circle
          key={pt.key}
          cx={x(i)}
          cy={y(pt.percent)}
          r={4}
          className={pt.percent >= passPercent ? 'chart-dot chart-bar-pass' : 'chart-dot chart-bar-fail'}
        />
      ))}
    </svg>
  );
}
