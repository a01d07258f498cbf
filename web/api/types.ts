// API shapes the web app reads, taken type-only from the shared contracts so no validation code ships to the browser.
export type { ErrorBody } from '../../shared/contracts/common.ts';
export type { FamilyList, FamilyOverview } from '../../shared/contracts/families.ts';
export type { Me, SessionState } from '../../shared/contracts/session.ts';

import type { FamilyList, FamilyOverview } from '../../shared/contracts/families.ts';

export type FamilySummary = FamilyList['families'][number];
export type Person = FamilyOverview['people'][number];
export type Household = FamilyOverview['households'][number];
export type Relationship = FamilyOverview['relationships'][number];
export type CareTeamMember = FamilyOverview['careTeam'][number];
export type InvolvementChange = FamilyOverview['involvement']['history'][number];
export type Explanation = FamilyOverview['involvement']['explanation'];

// The whole-family record (issue 3): family edits, record entries, glossary, notifications.
export type { ChildPage } from '../../shared/contracts/family-edits.ts';
export type { GlossaryTermDto as GlossaryTerm } from '../../shared/contracts/glossary.ts';
export type { NotificationList } from '../../shared/contracts/notifications.ts';
export type { CreateEntryRequest, EditEntryRequest, Entry, EntryList } from '../../shared/contracts/records.ts';

import type { z } from 'zod';
import type { PersonInput, StaffDirectory } from '../../shared/contracts/family-edits.ts';
import type { NotificationList } from '../../shared/contracts/notifications.ts';
import type { Entry } from '../../shared/contracts/records.ts';

export type PersonFields = PersonInput;
export type StaffMatch = z.infer<typeof StaffDirectory>['staff'][number];
export type Notification = NotificationList['notifications'][number];
export type EntryReply = Entry['replies'][number];
export type EntryVersion = Entry['versions'][number];
export type Saved = { id: string; version: number };
