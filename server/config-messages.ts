// Turns zod's findings about the environment into one plain line per wrong setting: the variable, the value
// given and what it must be. Read from the schema itself, so a setting added to config.ts is described too.
import type { z } from 'zod';

/** A setting is wrong: the message has one plain line per wrong variable, and no stack is printed for it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Values that are secrets are never echoed back (a start-up message ends up in logs). */
const SECRET_NAME = /KEY|SECRET|PASSWORD|TOKEN/i;

function shown(name: string, value: unknown): string {
  if (value === undefined) return 'not set';
  const text = String(value);
  if (SECRET_NAME.test(name)) return `set (to ${text.length} characters, not shown here)`;
  // A connection string may hold a password: user:password@host.
  const masked = text.replace(/(\/\/[^:/@\s]*:)[^@\s]*@/, '$1•••@');
  return `"${masked.length > 80 ? `${masked.slice(0, 77)}...` : masked}"`;
}

/** The schema behind defaults, optionals and transforms: what the value itself must be. */
function unwrap(schema: AnySchema): { base: AnySchema; description: string | undefined } {
  let current: AnySchema | undefined = schema;
  let description: string | undefined;
  for (let depth = 0; current && depth < 10; depth++) {
    description ??= (current as { description?: string }).description;
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return { base: current ?? schema, description };
}

type CheckDef = { check: string; value?: number | bigint; inclusive?: boolean; format?: string; minimum?: number; maximum?: number };

function checksOf(schema: AnySchema): CheckDef[] {
  const checks = (schema._zod.def as { checks?: { _zod: { def: CheckDef } }[] }).checks ?? [];
  return checks.map((c) => c._zod.def);
}

const FORMATS: Record<string, string> = {
  url: 'a full URL that starts with its scheme, such as postgres://user@host:5432/database',
  email: 'an email address',
  uuid: 'a UUID',
};

/** What a value of this schema must be, in words: "a whole number from 0 to 65535", "one of true or false". */
export function expectedOf(schema: AnySchema): string | undefined {
  const { base, description } = unwrap(schema);
  if (description) return description;
  const def = base._zod.def as { type: string; entries?: Record<string, string | number> };
  if (def.type === 'enum' && def.entries) {
    const values = Object.values(def.entries).map(String);
    const isBoolean = values.includes('true') && values.includes('false');
    const words = isBoolean ? ['true', 'false'] : values;
    return words.length === 2 ? `${words[0]} or ${words[1]}` : `one of ${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  }
  if (def.type === 'number') {
    const checks = checksOf(base);
    const whole = checks.some((c) => c.check === 'number_format' && ['safeint', 'int32', 'uint32'].includes(String(c.format)));
    let min: { value: number; strict: boolean } | undefined;
    let max: { value: number; strict: boolean } | undefined;
    for (const c of checks) {
      if (c.value === undefined) continue;
      // "More than 0" of a whole number reads better as "1 or more".
      const strict = !c.inclusive && !whole;
      const step = c.inclusive || !whole ? 0 : 1;
      if (c.check === 'greater_than') min = { value: Number(c.value) + step, strict };
      if (c.check === 'less_than') max = { value: Number(c.value) - step, strict };
    }
    const kind = whole ? 'a whole number' : 'a number';
    if (min && max && !min.strict && !max.strict) return `${kind} from ${min.value} to ${max.value}`;
    const bounds = [
      min && (min.strict ? `more than ${min.value}` : `${min.value} or more`),
      max && (max.strict ? `less than ${max.value}` : `${max.value} or less`),
    ].filter(Boolean);
    return bounds.length > 0 ? `${kind}, ${bounds.join(' and ')}` : kind;
  }
  if (def.type === 'string') {
    const parts: string[] = [];
    const format = (def as { format?: string }).format; // z.url(), z.email(): the format is the schema's own
    if (format) parts.push(FORMATS[format] ?? `in ${format} format`);
    for (const c of checksOf(base)) {
      if (c.check === 'string_format' && c.format) parts.push(FORMATS[c.format] ?? `in ${c.format} format`);
      if (c.check === 'min_length' && c.minimum !== undefined) parts.push(`at least ${c.minimum} characters long`);
      if (c.check === 'max_length' && c.maximum !== undefined) parts.push(`at most ${c.maximum} characters long`);
    }
    if (parts.length > 0) return [...new Set(parts)].join(', ');
  }
  return undefined;
}

/** One line per wrong variable, each naming it, the value given and what it must be. */
export function describeConfigIssues(shape: Record<string, AnySchema>, issues: readonly Issue[], env: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const done = new Set<string>();
  for (const issue of issues) {
    const name = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    if (name === undefined) {
      // A rule across settings (a refinement of the whole object): its own message says what to do.
      lines.push(`Umbrella cannot start: ${issue.message}`);
      continue;
    }
    if (done.has(name)) continue;
    done.add(name);
    const schema = shape[name];
    // A custom rule's message is written for people; zod's own messages are not, so describe those from the schema.
    const expected = issue.code === 'custom' ? undefined : schema && expectedOf(schema);
    const must = expected ? `it must be ${expected}` : issue.message.replace(/\.$/, '');
    lines.push(`Umbrella cannot start: the setting ${name} is ${shown(name, env[name])}, but ${must} (see Configuration in README.md).`);
  }
  return lines;
}
