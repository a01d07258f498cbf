// Deterministic building blocks for the synthetic dataset: a seeded PRNG, time-ordered ids, names and record text.

/** sfc32: small, fast and good enough for test data; the same seed gives the same dataset. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  next(): number {
    return this.u32() / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Picks by weight from [value, weight] pairs. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of pairs) {
      r -= w;
      if (r <= 0) return v;
    }
    const last = pairs.at(-1);
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A UUIDv7 for the given time with random bits from the seeded generator (as db/ids.ts, but reproducible). */
export function uuidv7(rng: Rng, ms: number): string {
  const b = new Array<number>(16);
  b[0] = Math.floor(ms / 2 ** 40) & 0xff;
  b[1] = Math.floor(ms / 2 ** 32) & 0xff;
  b[2] = (ms >>> 24) & 0xff;
  b[3] = (ms >>> 16) & 0xff;
  b[4] = (ms >>> 8) & 0xff;
  b[5] = ms & 0xff;
  const r1 = rng.u32();
  const r2 = rng.u32();
  const r3 = rng.u32();
  b[6] = 0x70 | ((r1 >>> 24) & 0x0f);
  b[7] = (r1 >>> 16) & 0xff;
  b[8] = 0x80 | ((r1 >>> 8) & 0x3f);
  b[9] = r1 & 0xff;
  for (let i = 0; i < 4; i++) {
    b[10 + i] = (r2 >>> (8 * i)) & 0xff;
  }
  b[14] = r3 & 0xff;
  b[15] = (r3 >>> 8) & 0xff;
  const h = b.map((x) => HEX[x] ?? '00').join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const FIRST_NAMES = [
  'Amira',
  'Ben',
  'Chloe',
  'Dawn',
  'Eli',
  'Fatima',
  'George',
  'Hannah',
  'Isaac',
  'Jade',
  'Kofi',
  'Lily',
  'Marek',
  'Nadia',
  'Owen',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Una',
  'Victor',
  'Wren',
  'Xander',
  'Yusuf',
  'Zoe',
  'Aled',
  'Bethan',
  'Ciaran',
  'Demi',
];
export const SURNAMES = [
  'Adeyemi',
  'Brown',
  'Campbell',
  'Davies',
  'Evans',
  'Fisher',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
  'Morgan',
  'Nowak',
  'Okafor',
  'Patel',
  'Quinn',
  'Roberts',
  'Smith',
  'Thomas',
  'Usman',
  'Walsh',
  'Williams',
  'Young',
];

const SENTENCES = [
  'I visited the family at home as planned and was welcomed in.',
  'Mum said the last two weeks have been hard because she has not been sleeping well.',
  'We talked about the morning routine and how getting the children to school on time is going.',
  'The children were playing in the front room and seemed relaxed and happy to see me.',
  'Dad explained that the new medication is helping but makes him tired in the afternoons.',
  'We agreed that I will phone the school to ask about breakfast club.',
  'She told me she would like more help with the letters from the housing office.',
  'The house was warm and tidy, and there was food in the fridge.',
  'We looked at the plan together and ticked off the things that have been done.',
  'Her sister has offered to help on Tuesdays and Thursdays after school.',
  'I explained what the child in need meeting next month is for and who will be there.',
  'He said he felt listened to at the last appointment with the psychiatrist.',
  'The eldest child talked about football practice and a friend from school.',
  'We discussed what to do if things get difficult at night, and the crisis line number is on the fridge.',
  'Mum asked for the next visit to be in the afternoon because mornings are harder for her.',
  'The health visitor will check the baby’s weight at the clinic on Friday.',
  'I read back what I had written and she agreed it was right.',
  'We talked about how the children feel when mum is unwell, in words they can understand.',
  'The family would like the meetings to be shorter and to have the papers a few days before.',
  'I will send the referral to the young carers’ group this week and let them know when I hear back.',
];

/** Record text of a realistic length: a log-normal length with a median near 450 characters. */
export function entryText(rng: Rng): string {
  const target = Math.min(6000, Math.max(60, Math.round(450 * Math.exp(0.7 * rng.normal()))));
  let text = '';
  while (text.length < target) text += (text ? ' ' : '') + rng.pick(SENTENCES);
  return text;
}

export const shortText = (rng: Rng) => `${rng.pick(SENTENCES)} ${rng.pick(SENTENCES)}`;
