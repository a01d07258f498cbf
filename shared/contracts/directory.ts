// Contracts of the service directory (issue 15 §2): a search by need, words, language and "free", one service with
// its opening times, places and how to get there, and the services a family member saved for themselves.
import { z } from 'zod';
import { NEED_DOMAIN_KEYS } from '../domain/needs.ts';
import { Text } from './common.ts';

export const ServiceSummary = z.object({
  id: z.string(),
  name: z.string(),
  organisationName: z.string(),
  /** A short plain description. */
  description: z.string().nullable(),
  domains: z.array(z.enum(NEED_DOMAIN_KEYS)),
  free: z.boolean(),
  /** Whether a family member may refer themselves (they then refer from their own needs). */
  selfReferral: z.boolean(),
  languages: z.array(z.string()),
  /** Where it is, in a few words ("Northgate Library, NG1 2AB", "By phone", "Online"). */
  where: z.string().nullable(),
  saved: z.boolean(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const OpeningTime = z.object({
  /** Plain words: "Mondays 9am to 5pm", "First Tuesday of the month, 10am to 12 noon". */
  words: z.string(),
});
export const ServiceLocation = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  /** How to get there (buses, parking, step-free), in words. */
  howToGetThere: z.string().nullable(),
  accessibility: z.array(z.string()),
});
export const ServiceContact = z.object({
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const ServiceDetail = ServiceSummary.extend({
  url: z.string().nullable(),
  email: z.string().nullable(),
  /** Who it is for, in words. */
  eligibility: z.array(z.string()),
  /** What it costs, in words ("Free", "£2 a session"). */
  costs: z.array(z.string()),
  openingTimes: z.array(OpeningTime),
  locations: z.array(ServiceLocation),
  contacts: z.array(ServiceContact),
  /** How people use it: by referral, drop in, appointment, phone, online. */
  howToUse: z.array(z.string()),
});
export type ServiceDetail = z.infer<typeof ServiceDetail>;

export const DirectorySearchQuery = z.object({
  domain: z.enum(NEED_DOMAIN_KEYS).optional(),
  q: Text(200).optional(),
  language: Text(60).optional(),
  free: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** Only those the family member saved. */
  saved: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type DirectorySearchQuery = z.input<typeof DirectorySearchQuery>;

export const DirectorySearchResult = z.object({
  services: z.array(ServiceSummary),
  total: z.number().int(),
  /** Every language any service offers, for the filter. */
  languages: z.array(z.string()),
});
export type DirectorySearchResult = z.infer<typeof DirectorySearchResult>;
