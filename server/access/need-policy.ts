// Who may change a need, its support and its referrals (issue 15 §1, §3): one pure function of facts, so the service,
// the `allowed` flags each Need carries and the policy test (need-policy.policy.test.ts) all use the same rule.
//
// Reading is decided elsewhere (scope.ts#familyVisible + #needVisible): these rules apply only to a need the caller
// already reads, so nothing here can open a need to someone; a need out of reach is a 404 before they are asked.
//
// The decisions:
// - "Writes for" a person: a family member for themselves; the parent the record is about also for the family's
//   children; a parent who lives elsewhere also for his own children (his `parent_of` children). A young person writes
//   only for himself. A network member writes for nobody (a worker records a need they raised as raised by them).
// - Add a need: a family member for anyone they write for (raised by 'person'); any worker on the care team with
//   needs.write, "with her", for any family member (never for a network member, who has no needs page of their own).
// - Edit the words, area, importance and support wanted: the family's own words stay theirs. A need the family wrote
//   is changed only by a family member who writes for that person; a need a worker wrote with them is changed by a
//   worker of that worker's agency (as the record's entries), and the family says "that's not right" instead.
// - Status (still needed / sorted / no longer needed): the family member who writes for the person, for any of their
//   needs (whether it is still needed is theirs to say); a worker of the agency that wrote it; and the family's key
//   workers, who hold the whole picture. Other workers ask one of them.
// - "That's not right": only about a need a worker wrote, by a family member who writes for that person.
// - Add support: a worker offers it (kind 'offer'); a family member records what they found (kind 'self_found').
// - Record when support was received (from/until): the family member who writes for the person, a worker of the
//   agency that offered it, or a key worker.
// - Refer: any worker on the care team with needs.write (the parent's agreement is recorded with it); a family member
//   who writes for the person, only to a service that takes self-referrals (the service checks the directory).
// - Set a referral's next step: a worker of the referring agency or a key worker; the family only for a referral they
//   made themselves (a self-referral), by someone who writes for the person.
// - "Did it help?": the person the need is about, or the parent the record is about for her children. Nobody else
//   answers for someone, and never a worker: it is the person's own view.
// A team manager or any other professional role is a worker like the others here: role changes nothing.

export type NeedAction =
  | 'add'
  | 'edit'
  | 'status'
  | 'not_right'
  | 'add_support'
  | 'update_support'
  | 'refer'
  | 'update_referral'
  | 'say_helped';

export const NEED_ACTIONS = [
  'add',
  'edit',
  'status',
  'not_right',
  'add_support',
  'update_support',
  'refer',
  'update_referral',
  'say_helped',
] as const satisfies readonly NeedAction[];

export type NeedActorKind = 'parent' | 'young_person' | 'other_parent' | 'network_member' | 'professional';

/** What the database says about the caller, the person the need is about, the need and (for support) the support. */
export type NeedFacts = {
  actor: NeedActorKind;
  /** The need is about the caller. */
  self: boolean;
  /** The caller is the parent the record is about and the person is a child of the family. */
  parentOf: boolean;
  /** The caller is a parent who lives elsewhere and the person is one of his children. */
  otherParentOf: boolean;
  /** The person is a network member (someone the family trusts): no needs are added for them. */
  personIsNetworkMember: boolean;
  /** A worker wrote the need (written_by_staff_id), not the family. */
  needByWorker: boolean;
  /** The caller is a worker of the agency that wrote the need. */
  needOwnAgency: boolean;
  /** The caller is one of the family's key workers now. */
  keyWorker: boolean;
  /** For support: the family made it (found it, or referred themselves). */
  supportByFamily: boolean;
  /** For support: the caller is a worker of the agency that offered it or made the referral. */
  supportOwnAgency: boolean;
};

export const NO_FACTS: NeedFacts = {
  actor: 'network_member',
  self: false,
  parentOf: false,
  otherParentOf: false,
  personIsNetworkMember: false,
  needByWorker: false,
  needOwnAgency: false,
  keyWorker: false,
  supportByFamily: false,
  supportOwnAgency: false,
};

/** Whether a family member writes for the person: themselves, the parent for the children, the other parent for his. */
export function writesFor(f: NeedFacts): boolean {
  switch (f.actor) {
    case 'parent':
      return f.self || f.parentOf;
    case 'other_parent':
      return f.self || f.otherParentOf;
    case 'young_person':
      return f.self;
    default:
      return false;
  }
}

export function mayOnNeed(action: NeedAction, f: NeedFacts): boolean {
  if (f.actor === 'professional') {
    switch (action) {
      case 'add':
        return !f.personIsNetworkMember;
      case 'edit':
        return f.needByWorker && f.needOwnAgency;
      case 'status':
        return (f.needByWorker && f.needOwnAgency) || f.keyWorker;
      case 'add_support':
      case 'refer':
        return true;
      case 'update_support':
      case 'update_referral':
        return f.supportOwnAgency || f.keyWorker;
      case 'not_right':
      case 'say_helped':
        return false;
    }
  }
  const mine = writesFor(f) && !f.personIsNetworkMember;
  switch (action) {
    case 'add':
    case 'status':
    case 'add_support':
    case 'refer':
    case 'update_support':
      return mine;
    case 'edit':
      return mine && !f.needByWorker;
    case 'not_right':
      return mine && f.needByWorker;
    case 'update_referral':
      return mine && f.supportByFamily;
    case 'say_helped':
      return mine && (f.self || (f.actor === 'parent' && f.parentOf));
  }
}

/** Who to ask, in plain words, when the caller may not (the 403's message). */
export function whoMay(action: NeedAction, actor: NeedActorKind): string {
  const family = actor !== 'professional';
  switch (action) {
    case 'add':
      return family
        ? 'You can add what would help for yourself, and a parent for their children. Ask the parent or your worker to add this.'
        : 'Needs are added for members of the family, not for the people they trust.';
    case 'edit':
      return family
        ? 'A worker wrote this with you, so only their service can change the words. You can say “that’s not right” and they will see it.'
        : 'The family’s own words can only be changed by them, and a need a worker wrote only by that worker’s service. Add support, or ask the family.';
    case 'status':
      return 'Only the family, the service that wrote this, or the family’s key workers can say whether it is still needed. Ask a key worker.';
    case 'not_right':
      return family
        ? 'You can say “that’s not right” about your own needs, and a parent about their children’s.'
        : '“That’s not right” is for the family to say.';
    case 'add_support':
    case 'refer':
      return 'Only the person, or the parent for their children, can add this here. Ask them, or the family’s key worker.';
    case 'update_support':
      return 'Only the family, the service that offered this support, or the family’s key workers can change it. Ask one of them.';
    case 'update_referral':
      return family
        ? 'A worker made this referral, so they keep it up to date. Tell them what has happened and they will change it.'
        : 'Only the service that made this referral, or the family’s key workers, can say where it is now. Ask one of them.';
    case 'say_helped':
      return family
        ? 'Only the person this is about, or their parent, can say whether it helped.'
        : 'Whether it helped is for the family to say. They are asked when the support ends.';
  }
}
