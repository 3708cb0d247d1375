import type { Role } from '@jobbrygga/domain';

/** A place a role can go now. Only pages that exist are listed, so the start page stays honest. */
export interface Destination {
  to: string;
  /** i18n key of the short name (menu, link text). */
  labelKey: string;
  /** i18n key of one sentence about what the page is for (start page). */
  descriptionKey: string;
}

const users: Destination = { to: '/admin/users', labelKey: 'start.links.users', descriptionKey: 'start.links.usersText' };
const mails: Destination = { to: '/admin/mails', labelKey: 'start.links.mails', descriptionKey: 'start.links.mailsText' };
const audit: Destination = { to: '/admin/audit', labelKey: 'start.links.audit', descriptionKey: 'start.links.auditText' };
const municipalitySettings: Destination = {
  to: '/admin/settings',
  labelKey: 'start.links.municipalitySettings',
  descriptionKey: 'start.links.municipalitySettingsText',
};
const placementTypes: Destination = {
  to: '/admin/placement-types',
  labelKey: 'start.links.placementTypes',
  descriptionKey: 'start.links.placementTypesText',
};
const newcomers: Destination = { to: '/coach/newcomers', labelKey: 'start.links.newcomers', descriptionKey: 'start.links.newcomersText' };
const inviteNewcomer: Destination = {
  to: '/coach/newcomers#invite',
  labelKey: 'start.links.inviteNewcomer',
  descriptionKey: 'start.links.inviteNewcomerText',
};
const colleagues: Destination = {
  to: '/employer/colleagues',
  labelKey: 'start.links.colleagues',
  descriptionKey: 'start.links.colleaguesText',
};
const inviteColleague: Destination = {
  to: '/employer/colleagues#invite',
  labelKey: 'start.links.inviteColleague',
  descriptionKey: 'start.links.inviteColleagueText',
};
const findPlacements: Destination = {
  to: '/placements',
  labelKey: 'start.links.findPlacements',
  descriptionKey: 'start.links.findPlacementsText',
};
const searchPlacements: Destination = {
  to: '/placements',
  labelKey: 'start.links.searchPlacements',
  descriptionKey: 'start.links.searchPlacementsText',
};
const reviewEmployers: Destination = {
  to: '/staff/employers',
  labelKey: 'start.links.reviewEmployers',
  descriptionKey: 'start.links.reviewEmployersText',
};
const allPlacements: Destination = {
  to: '/staff/placements',
  labelKey: 'start.links.allPlacements',
  descriptionKey: 'start.links.allPlacementsText',
};
const organisation: Destination = {
  to: '/employer/organisation',
  labelKey: 'start.links.organisation',
  descriptionKey: 'start.links.organisationText',
};
const ownPlacements: Destination = {
  to: '/employer/placements',
  labelKey: 'start.links.ownPlacements',
  descriptionKey: 'start.links.ownPlacementsText',
};
const newPlacement: Destination = {
  to: '/employer/placements/new#placement-form',
  labelKey: 'start.links.newPlacement',
  descriptionKey: 'start.links.newPlacementText',
};
const caseload: Destination = { to: '/coach/learners', labelKey: 'start.links.caseload', descriptionKey: 'start.links.caseloadText' };
const newLearner: Destination = { to: '/coach/learners/new', labelKey: 'start.links.newLearner', descriptionKey: 'start.links.newLearnerText' };
const erasureRequests: Destination = {
  to: '/admin/erasure-requests',
  labelKey: 'start.links.erasureRequests',
  descriptionKey: 'start.links.erasureRequestsText',
};
const myProfile: Destination = { to: '/me/profile', labelKey: 'start.links.myProfile', descriptionKey: 'start.links.myProfileText' };
const myPlan: Destination = { to: '/me/plan', labelKey: 'start.links.myPlan', descriptionKey: 'start.links.myPlanText' };
const myMatches: Destination = { to: '/me/matches', labelKey: 'start.links.myMatches', descriptionKey: 'start.links.myMatchesText' };
const myPrivacy: Destination = { to: '/me/privacy', labelKey: 'start.links.myPrivacy', descriptionKey: 'start.links.myPrivacyText' };
const pipeline: Destination = { to: '/coach/pipeline', labelKey: 'start.links.pipeline', descriptionKey: 'start.links.pipelineText' };
const employerProposals: Destination = {
  to: '/employer/proposals',
  labelKey: 'start.links.employerProposals',
  descriptionKey: 'start.links.employerProposalsText',
};
const myProposals: Destination = { to: '/me/proposals', labelKey: 'start.links.myProposals', descriptionKey: 'start.links.myProposalsText' };
const reports: Destination = { to: '/reports', labelKey: 'reports.nav.reports', descriptionKey: 'reports.nav.reportsText' };
const targets: Destination = { to: '/admin/targets', labelKey: 'reports.nav.targets', descriptionKey: 'reports.nav.targetsText' };
const employerStatistics: Destination = { to: '/employer/statistics', labelKey: 'reports.nav.statistics', descriptionKey: 'reports.nav.statisticsText' };
const security: Destination = { to: '/settings/security', labelKey: 'start.links.security', descriptionKey: 'start.links.securityText' };

/** What each role finds on the start page. */
export function destinationsFor(role: Role): Destination[] {
  switch (role) {
    case 'admin':
      return [caseload, pipeline, reports, targets, reviewEmployers, allPlacements, searchPlacements, placementTypes, users, audit, erasureRequests, municipalitySettings, mails, security];
    case 'coach':
      return [caseload, pipeline, reports, newLearner, reviewEmployers, allPlacements, searchPlacements, newcomers, inviteNewcomer, security];
    case 'employer':
      return [employerProposals, ownPlacements, employerStatistics, newPlacement, organisation, searchPlacements, colleagues, inviteColleague, security];
    case 'newcomer':
      return [myProposals, myPlan, myMatches, findPlacements, myProfile, myPrivacy];
  }
}

/** The header menu: the same places without the in-page shortcuts. */
export function menuFor(role: Role): Destination[] {
  return destinationsFor(role).filter((destination) => !destination.to.includes('#'));
}
