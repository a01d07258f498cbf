// API shapes the portal screens read, taken type-only from the shared contracts so no validation code ships to a parent's phone.
import type { AccessLog, PortalEntry, PortalRecord } from '../../shared/contracts/records.ts';
import type { FamilyAccountKind } from '../../shared/domain/accounts.ts';
import type { ReplyKind } from '../../shared/domain/records.ts';

export type { ChildPage } from '../../shared/contracts/family-edits.ts';
export type { GlossaryTermDto } from '../../shared/contracts/glossary.ts';
export type { AccessLog, PortalEntry, PortalRecord };

export type VisibleEntry = Extract<PortalEntry, { withheld: false }>;
export type WithheldEntry = Extract<PortalEntry, { withheld: true }>;
export type EntryReply = VisibleEntry['replies'][number];
export type EntryVersion = VisibleEntry['versions'][number];
export type EntryDecision = NonNullable<VisibleEntry['decision']>;
export type AccessLogItem = AccessLog['items'][number];

/** What a parent or young person can add beside an entry (a team answer is for professionals). */
export type PortalReplyKind = Exclude<ReplyKind, 'team_answer'>;

import type { Me } from '../api/types.ts';

/** The signed-in parent, young person or network member, as the routes hand it to portal pages. */
export type PortalMe = Extract<Me, { kind: FamilyAccountKind }>;
