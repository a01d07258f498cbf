// Lays out the family map (genogram and ecomap) for a given width: households as boxes with adults above
// children, friends and supporters around them, relationships as lines. Pure, so it can be tested alone.
import type { Household, Person, Relationship } from '../../api/types.ts';
import { displayName } from '../../ui/format.ts';

export const NODE_W = 124;
export const NODE_H = 58;
const GAP = 14;
const PAD = 14;
const BOX_PAD = 16;
const BOX_HEADER = 28;
const ROW_GAP = 28;
const MAX_NAME_CHARS = 12;

export type LineStyle = 'family' | 'partner' | 'former-partner' | 'informal';
export type MapNode = { id: string; x: number; y: number; name: string; role: string; informal: boolean };
export type MapBox = { id: string; x: number; y: number; w: number; h: number; label: string };
/** A line as points joined by straight segments, routed around the people it does not connect. */
export type MapEdge = { id: string; points: [number, number][]; style: LineStyle };
export type MapLabel = { x: number; y: number; text: string };
export type FamilyMap = {
  width: number;
  height: number;
  nodes: MapNode[];
  boxes: MapBox[];
  labels: MapLabel[];
  edges: MapEdge[];
  summary: string;
};

const ROLE: Record<Person['kind'], string> = { parent: 'Parent', child: 'Child', other_adult: 'Adult', network_member: 'Supporter' };

export function lineStyleFor(kind: string): LineStyle {
  if (kind === 'partner') return 'partner';
  if (kind === 'former_partner') return 'former-partner';
  if (['friend', 'neighbour', 'other'].includes(kind)) return 'informal';
  return 'family';
}

/** A short name that fits its box: the name people use, else the first name, cut with an ellipsis if still too long. */
export function shortName(person: Person): string {
  const name = displayName(person);
  if (name.length <= MAX_NAME_CHARS) return name;
  const first = name.split(/\s+/)[0] ?? name;
  return first.length <= MAX_NAME_CHARS ? first : `${first.slice(0, MAX_NAME_CHARS - 1)}…`;
}

const roleText = (person: Person): string => (person.age !== null ? `${ROLE[person.kind]}, ${person.age}` : ROLE[person.kind]);

type Block = { w: number; h: number; place: (x: number, y: number) => void };

/** Rows of nodes, wrapped to `columns`, positioned relative to (x, y). */
function nodeRows(groups: Person[][], columns: number) {
  const rows = groups.flatMap((group) => {
    const out: Person[][] = [];
    for (let i = 0; i < group.length; i += columns) out.push(group.slice(i, i + columns));
    return out;
  });
  const widest = Math.max(1, ...rows.map((row) => row.length));
  const w = widest * NODE_W + (widest - 1) * GAP;
  const h = rows.length * NODE_H + Math.max(0, rows.length - 1) * ROW_GAP;
  return { rows, w, h };
}

export function layoutFamilyMap(households: Household[], people: Person[], relationships: Relationship[], width: number): FamilyMap {
  const innerW = Math.max(NODE_W + 2 * BOX_PAD, width - 2 * PAD);
  const columns = Math.max(1, Math.floor((innerW - 2 * BOX_PAD + GAP) / (NODE_W + GAP)));
  const nodes: MapNode[] = [];
  const boxes: MapBox[] = [];
  const labels: MapLabel[] = [];
  const placed = new Map<string, MapNode>();
  const byAge = (a: Person, b: Person) => (b.age ?? -1) - (a.age ?? -1);
  const isAdult = (p: Person) => p.kind === 'parent' || p.kind === 'other_adult';

  const addNodes = (rows: Person[][], x: number, y: number, w: number, informal: boolean) => {
    rows.forEach((row, r) => {
      const rowW = row.length * NODE_W + (row.length - 1) * GAP;
      const startX = x + (w - rowW) / 2;
      row.forEach((person, c) => {
        const node = {
          id: person.id,
          x: startX + c * (NODE_W + GAP),
          y: y + r * (NODE_H + ROW_GAP),
          name: shortName(person),
          role: roleText(person),
          informal,
        };
        nodes.push(node);
        placed.set(person.id, node);
      });
    });
  };

  // Households: the people who live there, network members aside (they are drawn around the family).
  const blocks: Block[] = [];
  const summaryParts: string[] = [];
  for (const household of households) {
    const members = people.filter((p) => p.householdId === household.id && p.kind !== 'network_member');
    if (members.length === 0) continue;
    const adults = members.filter(isAdult).sort(byAge);
    const children = members.filter((p) => !isAdult(p)).sort(byAge);
    const grid = nodeRows(
      [adults, children].filter((g) => g.length > 0),
      columns,
    );
    const w = Math.max(grid.w + 2 * BOX_PAD, Math.min(innerW, household.name.length * 8 + 2 * BOX_PAD));
    const h = grid.h + BOX_HEADER + 2 * BOX_PAD;
    blocks.push({
      w,
      h,
      place: (x, y) => {
        boxes.push({ id: household.id, x, y, w, h, label: household.name });
        addNodes(grid.rows, x + BOX_PAD, y + BOX_HEADER + BOX_PAD, w - 2 * BOX_PAD, false);
      },
    });
    summaryParts.push(`${household.name}: ${members.map((p) => `${displayName(p)} (${roleText(p).toLowerCase()})`).join(', ')}`);
  }

  // Pack household boxes into lines that fit the width.
  let y = PAD;
  let line: Block[] = [];
  const flush = () => {
    if (line.length === 0) return;
    const lineW = line.reduce((sum, b) => sum + b.w, 0) + (line.length - 1) * GAP;
    let x = PAD + (innerW - lineW) / 2;
    for (const block of line) {
      block.place(x, y);
      x += block.w + GAP;
    }
    y += Math.max(...line.map((b) => b.h)) + ROW_GAP;
    line = [];
  };
  for (const block of blocks) {
    const lineW = line.reduce((sum, b) => sum + b.w + GAP, 0);
    if (line.length > 0 && lineW + block.w > innerW) flush();
    line.push(block);
  }
  flush();

  // Around the family: network members and anyone not in a recorded household.
  const around = people
    .filter((p) => !placed.has(p.id))
    .sort((a, b) => Number(a.kind === 'network_member') - Number(b.kind === 'network_member'));
  if (around.length > 0) {
    const grid = nodeRows([around], columns);
    addNodes(grid.rows, PAD, y + BOX_HEADER, innerW, true);
    labels.push({ x: PAD + innerW / 2, y: y + 18, text: 'Around the family' });
    y += BOX_HEADER + grid.h + ROW_GAP;
    summaryParts.push(`Around the family: ${around.map((p) => `${displayName(p)} (${roleText(p).toLowerCase()})`).join(', ')}`);
  }

  const edges: MapEdge[] = [];
  const lanes = { left: 0, right: 0 };
  const bounds = { left: 0, right: innerW + 2 * PAD };
  for (const relationship of relationships) {
    const from = placed.get(relationship.fromPersonId);
    const to = placed.get(relationship.toPersonId);
    if (!from || !to) continue;
    const informal = from.informal || to.informal;
    const style = informal && lineStyleFor(relationship.kind) === 'family' ? 'informal' : lineStyleFor(relationship.kind);
    edges.push({ id: relationship.id, points: routeEdge(from, to, nodes, lanes, bounds), style });
  }

  const height = Math.max(y - ROW_GAP + PAD, NODE_H + 2 * PAD);
  const summary =
    summaryParts.length > 0
      ? `Family map. ${summaryParts.join('. ')}. The relationships are listed in words after the map.`
      : 'Family map: nobody recorded yet.';
  return { width: innerW + 2 * PAD, height, nodes, boxes, labels, edges, summary };
}

type Point = [number, number];
const cx = (n: MapNode): number => n.x + NODE_W / 2;
const cy = (n: MapNode): number => n.y + NODE_H / 2;
const LANE_STEP = 4;
const MAX_LANES = 3;

/** Whether an upright or level segment passes through any person's box other than the two it joins. */
function blocked([x1, y1]: Point, [x2, y2]: Point, nodes: MapNode[], a: MapNode, b: MapNode): boolean {
  const [left, right] = [Math.min(x1, x2), Math.max(x1, x2)];
  const [top, bottom] = [Math.min(y1, y2), Math.max(y1, y2)];
  // The margin closes the narrow gap between two people in a row, so no line squeezes between siblings.
  const m = GAP / 2 + 1;
  return nodes.some((n) => n !== a && n !== b && left < n.x + NODE_W + m && right > n.x - m && top < n.y + NODE_H + m && bottom > n.y - m);
}

const clear = (points: Point[], nodes: MapNode[], a: MapNode, b: MapNode): boolean =>
  points.every((point, i) => i === 0 || !blocked(points[i - 1] as Point, point, nodes, a, b));

/**
 * Straight across when two people sit side by side; otherwise down from the upper one, across, and down into the
 * lower one (a family-tree elbow); if that would pass through someone else, round the outside edge of the map.
 */
function routeEdge(
  a: MapNode,
  b: MapNode,
  nodes: MapNode[],
  lanes: { left: number; right: number },
  bounds: { left: number; right: number },
): Point[] {
  if (a.y === b.y) {
    const [l, r] = a.x < b.x ? [a, b] : [b, a];
    const straight: Point[] = [
      [l.x + NODE_W, cy(l)],
      [r.x, cy(r)],
    ];
    if (clear(straight, nodes, a, b)) return straight;
  } else {
    const [upper, lower] = a.y < b.y ? [a, b] : [b, a];
    for (const barY of [upper.y + NODE_H + 10, lower.y - 10]) {
      const elbow: Point[] = [
        [cx(upper), upper.y + NODE_H],
        [cx(upper), barY],
        [cx(lower), barY],
        [cx(lower), lower.y],
      ];
      if (clear(elbow, nodes, a, b)) return elbow;
    }
  }
  for (const side of ['left', 'right'] as const) {
    const lane = Math.min(lanes[side], MAX_LANES - 1);
    const x = side === 'left' ? bounds.left + 3 + lane * LANE_STEP : bounds.right - 3 - lane * LANE_STEP;
    const edgeX = (n: MapNode) => (side === 'left' ? n.x : n.x + NODE_W);
    const around: Point[] = [
      [edgeX(a), cy(a)],
      [x, cy(a)],
      [x, cy(b)],
      [edgeX(b), cy(b)],
    ];
    if (clear(around, nodes, a, b)) {
      lanes[side] += 1;
      return around;
    }
  }
  return [
    [cx(a), cy(a)],
    [cx(b), cy(b)],
  ];
}
