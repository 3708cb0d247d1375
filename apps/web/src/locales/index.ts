import type { Locale } from '@jobbrygga/domain';
import svAudit from './sv/audit.json';
import svAuth from './sv/auth.json';
import svCommon from './sv/common.json';
import svEmployerPages from './sv/employerPages.json';
import svEmployers from './sv/employers.json';
import svMails from './sv/mails.json';
import svPlacements from './sv/placements.json';
import svPlacementTypes from './sv/placementTypes.json';
import svSecurity from './sv/security.json';
import svStart from './sv/start.json';
import svTenant from './sv/tenant.json';
import svUsers from './sv/users.json';
import svValidation from './sv/validation.json';
import svLearners from './sv/learners.json';
import svMyProfile from './sv/myProfile.json';
import svInterview from './sv/interview.json';
import svMatching from './sv/matching.json';
import svReferrals from './sv/referrals.json';
import svReports from './sv/reports.json';
import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enEmployerPages from './en/employerPages.json';
import enEmployers from './en/employers.json';
import enMails from './en/mails.json';
import enPlacements from './en/placements.json';
import enPlacementTypes from './en/placementTypes.json';
import enSecurity from './en/security.json';
import enStart from './en/start.json';
import enTenant from './en/tenant.json';
import enUsers from './en/users.json';
import enValidation from './en/validation.json';
import enLearners from './en/learners.json';
import enMyProfile from './en/myProfile.json';
import enInterview from './en/interview.json';
import enMatching from './en/matching.json';
import enReferrals from './en/referrals.json';
import enReports from './en/reports.json';
import arAudit from './ar/audit.json';
import arAuth from './ar/auth.json';
import arCommon from './ar/common.json';
import arEmployerPages from './ar/employerPages.json';
import arEmployers from './ar/employers.json';
import arMails from './ar/mails.json';
import arPlacements from './ar/placements.json';
import arPlacementTypes from './ar/placementTypes.json';
import arSecurity from './ar/security.json';
import arStart from './ar/start.json';
import arTenant from './ar/tenant.json';
import arUsers from './ar/users.json';
import arValidation from './ar/validation.json';
import arLearners from './ar/learners.json';
import arMyProfile from './ar/myProfile.json';
import arInterview from './ar/interview.json';
import arMatching from './ar/matching.json';
import arReferrals from './ar/referrals.json';
import arReports from './ar/reports.json';

/**
 * Messages grouped by feature. Swedish is the source: the other languages must have the same
 * shape, so a key that is missing in English or Arabic fails the type check.
 */
const sv = {
  audit: svAudit,
  auth: svAuth,
  common: svCommon,
  employerPages: svEmployerPages,
  employers: svEmployers,
  mails: svMails,
  placements: svPlacements,
  placementTypes: svPlacementTypes,
  security: svSecurity,
  start: svStart,
  tenant: svTenant,
  users: svUsers,
  validation: svValidation,
  learners: svLearners,
  myProfile: svMyProfile,
  interview: svInterview,
  matching: svMatching,
  referrals: svReferrals,
  reports: svReports,
};
export type MessageSchema = typeof sv;

const en: MessageSchema = {
  audit: enAudit,
  auth: enAuth,
  common: enCommon,
  employerPages: enEmployerPages,
  employers: enEmployers,
  mails: enMails,
  placements: enPlacements,
  placementTypes: enPlacementTypes,
  security: enSecurity,
  start: enStart,
  tenant: enTenant,
  users: enUsers,
  validation: enValidation,
  learners: enLearners,
  myProfile: enMyProfile,
  interview: enInterview,
  matching: enMatching,
  referrals: enReferrals,
  reports: enReports,
};

const ar: MessageSchema = {
  audit: arAudit,
  auth: arAuth,
  common: arCommon,
  employerPages: arEmployerPages,
  employers: arEmployers,
  mails: arMails,
  placements: arPlacements,
  placementTypes: arPlacementTypes,
  security: arSecurity,
  start: arStart,
  tenant: arTenant,
  users: arUsers,
  validation: arValidation,
  learners: arLearners,
  myProfile: arMyProfile,
  interview: arInterview,
  matching: arMatching,
  referrals: arReferrals,
  reports: arReports,
};

export const messages: Record<Locale, MessageSchema> = { sv, en, ar };
