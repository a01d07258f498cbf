// English for the kinds of information, the reasons for sharing and the fixed reasons a service can see something, on the family's sharing screens; other languages in shared/i18n/locales/*/sharing-words.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const sharingWords = defineMessages('sharing-words', {
  category_general: 'General notes',
  category_mental_health: 'Mental health',
  category_childrens_social_care: "Children's social care",
  category_health: 'Health',
  category_education: 'School and education',
  category_own_notes: 'What their own service writes',
  basis_consent: 'You agreed to it.',
  basis_safeguarding_child: 'It was needed to keep a child safe.',
  basis_prevent_serious_harm: 'It was needed to stop someone being seriously hurt.',
  basis_legal_obligation: 'The law or a court required it.',
  basis_vital_interests: 'Someone’s life or safety was in danger.',
  why_general: 'Everyone in your care team can read general notes.',
  why_home: 'This is their own service’s work with you.',
  why_own_notes: 'A service can always read its own notes.',
  why_consent: '{hasEnd, select, yes {You agreed, until {date}: {purpose}} other {You agreed: {purpose}}}',
  why_override: 'Shared without your agreement to keep someone safe, until {date}.',
});
