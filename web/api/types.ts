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
