// The family map drawn as an inline SVG sized to its column, so labels stay at least 14px on a 360px phone;
// screen readers get a one-line summary, and the relationship sentences beside it say the same in words.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Household, Person, Relationship } from '../../api/types.ts';
import { type LineStyle, layoutFamilyMap, NODE_H, NODE_W } from './family-map.layout.ts';

const DASH: Record<LineStyle, string | undefined> = { family: undefined, partner: undefined, 'former-partner': '2 5', informal: '8 6' };
const STROKE: Record<LineStyle, number> = { family: 2, partner: 4, 'former-partner': 2, informal: 2 };

type FamilyMapProps = { households: Household[]; people: Person[]; relationships: Relationship[]; describedBy?: string };

export function FamilyMapFigure({ households, people, relationships, describedBy }: FamilyMapProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);

  // Lay out for the real column width rather than scaling a fixed drawing, which would shrink the text on a phone.
  useLayoutEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, Math.floor(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const map = useMemo(() => layoutFamilyMap(households, people, relationships, width), [households, people, relationships, width]);

  return (
    <div ref={wrapper} className="umb-family-map">
      <svg
        role="img"
        aria-label={map.summary}
        aria-describedby={describedBy}
        width={map.width}
        height={map.height}
        viewBox={`0 0 ${map.width} ${map.height}`}
        className="umb-family-map__svg"
      >
        {map.boxes.map((box) => (
          <rect key={box.id} x={box.x} y={box.y} width={box.w} height={box.h} rx={8} className="umb-family-map__household" />
        ))}
        {map.edges.map((edge) => (
          <polyline
            key={edge.id}
            points={edge.points.map(([x, y]) => `${x},${y}`).join(' ')}
            className="umb-family-map__line"
            strokeWidth={STROKE[edge.style]}
            strokeDasharray={DASH[edge.style]}
          />
        ))}
        {/* Labels after the lines, with a halo, so a line passing behind a household's name never hides it. */}
        {[
          ...map.boxes.map((box) => ({ key: box.id, x: box.x + 12, y: box.y + 20, text: box.label, anchor: 'start' as const })),
          ...map.labels.map((l) => ({ key: l.text, ...l, anchor: 'middle' as const })),
        ].map((label) => (
          <text key={label.key} x={label.x} y={label.y} textAnchor={label.anchor} className="umb-family-map__household-label">
            {label.text}
          </text>
        ))}
        {map.nodes.map((node) => (
          <g key={node.id}>
            <rect
              x={node.x}
              y={node.y}
              width={NODE_W}
              height={NODE_H}
              rx={node.informal ? 28 : 4}
              className="umb-family-map__person"
              strokeDasharray={node.informal ? '8 6' : undefined}
            />
            <text x={node.x + NODE_W / 2} y={node.y + 24} textAnchor="middle" className="umb-family-map__name">
              {node.name}
            </text>
            <text x={node.x + NODE_W / 2} y={node.y + 45} textAnchor="middle" className="umb-family-map__role">
              {node.role}
            </text>
          </g>
        ))}
      </svg>
      <p className="govuk-body-s umb-family-map__key">
        Boxes are households. A solid line is family, a thick line is partners, a dotted line is former partners, and a dashed line is a
        friend or supporter (shown with rounded ends).
      </p>
    </div>
  );
}
