// Public face of the plans module: the only file other code imports. Inside: recovery-plan/ (the family recovery
// plan, its items, ratings, reviews), documents/ (wellness and crisis plans, contingency plans, explanations,
// carers), child-words/, sharing/ (the parent's choices); plans.repo.ts and plans.routes.ts serve them all.

export { crisisPlansAsSeenBy } from './crisis/crisis.view.ts';
export { remindCrisisCarers, remindCrisisReviews } from './crisis/crisis-jobs.service.ts';
export { documentsAsSeenBy } from './documents/documents-as-seen.ts';
export { planFacts } from './documents/plan-documents.repo.ts';
/** The id a section's kept-as-written confirmations are stored against (modules/words keptFor with 'child_plan'). */
export { sectionSubjectId } from './documents/section-subject.ts';
export { categoryLens, endSharesWithPerson } from './plans.repo.ts';
export { registerPlanRoutes } from './plans.routes.ts';
export { plansForExport } from './plans-export.ts';
/** The recovery plan loaded and viewed through the caller's scope, as the screens read it (the FHIR export, modules/fhir). */
export { load as loadRecoveryPlan, view as recoveryPlanView } from './recovery-plan/recovery-plan.model.ts';
/** A meeting's action into the plan's working version, proposed (modules/meetings), in the caller's transaction. */
export { addProposedAction } from './recovery-plan/recovery-plan.service.ts';
export { remindReviews } from './recovery-plan/recovery-plan-reviews.service.ts';
