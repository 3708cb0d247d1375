import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { STAFF_ROLES, type Role } from '@jobbrygga/domain';
import { useAuth } from '../composables/useAuth';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (the <title> and usually the <h1>). */
    titleKey: string;
    /** Only for logged-in users; others go to /login first. */
    requiresAuth?: boolean;
    /** Only these roles see the page; others get a "not allowed" message. */
    roles?: readonly Role[];
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', component: () => import('../pages/LoginPage.vue'), meta: { titleKey: 'auth.login.title' } },
    { path: '/', component: () => import('../pages/StartPage.vue'), meta: { titleKey: 'start.title', requiresAuth: true } },
    {
      path: '/admin/users',
      component: () => import('../pages/UsersPage.vue'),
      props: { audience: 'admin' },
      meta: { titleKey: 'users.admin.title', requiresAuth: true, roles: ['admin'] },
    },
    {
      path: '/admin/mails',
      component: () => import('../pages/AdminMailsPage.vue'),
      meta: { titleKey: 'mails.title', requiresAuth: true, roles: ['admin'] },
    },
    {
      path: '/admin/settings',
      component: () => import('../pages/TenantSettingsPage.vue'),
      meta: { titleKey: 'tenant.title', requiresAuth: true, roles: ['admin'] },
    },
    {
      path: '/admin/placement-types',
      component: () => import('../pages/AdminPlacementTypesPage.vue'),
      meta: { titleKey: 'placementTypes.title', requiresAuth: true, roles: ['admin'] },
    },
    {
      // Targets for the municipal board: add, change, remove; progress beside each.
      path: '/admin/targets',
      component: () => import('../pages/TargetsPage.vue'),
      meta: { titleKey: 'reports.targets.title', requiresAuth: true, roles: ['admin'] },
    },
    {
      // The report for a period: alerts, targets, tables split by gender, downloads.
      path: '/reports',
      component: () => import('../pages/ReportsDashboardPage.vue'),
      meta: { titleKey: 'reports.dashboard.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/employer/statistics',
      component: () => import('../pages/EmployerStatisticsPage.vue'),
      meta: { titleKey: 'reports.employer.title', requiresAuth: true, roles: ['employer'] },
    },
    {
      path: '/admin/audit',
      component: () => import('../pages/AuditLogPage.vue'),
      meta: { titleKey: 'audit.title', requiresAuth: true, roles: ['admin'] },
    },
    {
      path: '/coach/newcomers',
      component: () => import('../pages/UsersPage.vue'),
      props: { audience: 'coach' },
      meta: { titleKey: 'users.coach.title', requiresAuth: true, roles: ['coach'] },
    },
    {
      path: '/employer/colleagues',
      component: () => import('../pages/UsersPage.vue'),
      props: { audience: 'employer' },
      meta: { titleKey: 'users.employer.title', requiresAuth: true, roles: ['employer'] },
    },
    {
      path: '/register-employer',
      component: () => import('../pages/RegisterEmployerPage.vue'),
      meta: { titleKey: 'employerPages.register.title' },
    },
    {
      // The confirmation e-mail to a newly registered employer links here.
      path: '/verify-email/:token',
      component: () => import('../pages/VerifyEmailPage.vue'),
      props: true,
      meta: { titleKey: 'employerPages.verify.title' },
    },
    {
      path: '/employer/organisation',
      component: () => import('../pages/EmployerOrganisationPage.vue'),
      meta: { titleKey: 'employerPages.organisation.title', requiresAuth: true, roles: ['employer'] },
    },
    {
      path: '/employer/placements',
      component: () => import('../pages/EmployerPlacementsPage.vue'),
      meta: { titleKey: 'employerPages.placements.title', requiresAuth: true, roles: ['employer'] },
    },
    {
      path: '/employer/placements/new',
      component: () => import('../pages/PlacementEditorPage.vue'),
      meta: { titleKey: 'employerPages.editor.newTitle', requiresAuth: true, roles: ['employer'] },
    },
    {
      path: '/employer/placements/:id/edit',
      component: () => import('../pages/PlacementEditorPage.vue'),
      props: true,
      meta: { titleKey: 'employerPages.editor.editTitle', requiresAuth: true, roles: ['employer'] },
    },
    {
      path: '/placements',
      component: () => import('../pages/PlacementSearchPage.vue'),
      meta: { titleKey: 'placements.search.title', requiresAuth: true },
    },
    {
      path: '/placements/:id',
      component: () => import('../pages/PlacementDetailPage.vue'),
      props: true,
      meta: { titleKey: 'placements.detail.title', requiresAuth: true },
    },
    {
      path: '/staff/employers',
      component: () => import('../pages/StaffEmployersPage.vue'),
      meta: { titleKey: 'employers.list.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      // The e-mail to admins about a new registration links here.
      path: '/staff/employers/:id',
      component: () => import('../pages/StaffEmployerPage.vue'),
      props: true,
      meta: { titleKey: 'employers.review.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/staff/placements',
      component: () => import('../pages/StaffPlacementsPage.vue'),
      meta: { titleKey: 'placements.staff.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      // Staff add a placement for an employer: the employer editor with the employer from the query.
      path: '/staff/placements/new',
      component: () => import('../pages/PlacementEditorPage.vue'),
      props: (route) => ({ employerId: typeof route.query.employerId === 'string' ? route.query.employerId : undefined }),
      meta: { titleKey: 'employerPages.editor.newTitle', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      // Staff edit any placement of their municipality; the employer is the placement's own.
      path: '/staff/placements/:id/edit',
      component: () => import('../pages/PlacementEditorPage.vue'),
      props: true,
      meta: { titleKey: 'employerPages.editor.editTitle', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      // Matching: the learners who meet every hard constraint of a placement, best first.
      path: '/staff/placements/:id/candidates',
      component: () => import('../pages/PlacementCandidatesPage.vue'),
      props: true,
      meta: { titleKey: 'matching.candidates.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/coach/learners',
      component: () => import('../pages/CaseloadPage.vue'),
      meta: { titleKey: 'learners.caseload.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/coach/learners/new',
      component: () => import('../pages/LearnerNewPage.vue'),
      meta: { titleKey: 'learners.create.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/coach/learners/:id',
      component: () => import('../pages/LearnerProfilePage.vue'),
      props: true,
      meta: { titleKey: 'learners.profile.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/coach/learners/:id/plan',
      component: () => import('../pages/CareerPlanPage.vue'),
      props: true,
      meta: { titleKey: 'learners.plan.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/coach/learners/:id/interview',
      component: () => import('../pages/InterviewPage.vue'),
      props: true,
      meta: { titleKey: 'interview.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/coach/learners/:id/interview/summary',
      component: () => import('../pages/InterviewSummaryPage.vue'),
      props: true,
      meta: { titleKey: 'interview.summary.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      path: '/coach/learners/:id/matches',
      component: () => import('../pages/LearnerMatchesPage.vue'),
      props: true,
      meta: { titleKey: 'matching.learner.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      // The referral pipeline as a board, one column per step.
      path: '/coach/pipeline',
      component: () => import('../pages/PipelinePage.vue'),
      meta: { titleKey: 'referrals.pipeline.title', requiresAuth: true, roles: STAFF_ROLES },
    },
    {
      // One referral: the case, its history and what the caller's role may do now.
      path: '/referrals/:id',
      component: () => import('../pages/ReferralPage.vue'),
      props: true,
      meta: { titleKey: 'referrals.referral.title', requiresAuth: true },
    },
    {
      path: '/employer/proposals',
      component: () => import('../pages/EmployerProposalsPage.vue'),
      meta: { titleKey: 'referrals.employer.title', requiresAuth: true, roles: ['employer'] },
    },
    {
      path: '/me/proposals',
      component: () => import('../pages/MyProposalsPage.vue'),
      meta: { titleKey: 'referrals.mine.title', requiresAuth: true, roles: ['newcomer'] },
    },
    {
      path: '/admin/erasure-requests',
      component: () => import('../pages/ErasureRequestsPage.vue'),
      meta: { titleKey: 'learners.erasure.title', requiresAuth: true, roles: ['admin'] },
    },
    {
      path: '/me/profile',
      component: () => import('../pages/MyProfilePage.vue'),
      meta: { titleKey: 'myProfile.profile.title', requiresAuth: true, roles: ['newcomer'] },
    },
    {
      path: '/me/plan',
      component: () => import('../pages/MyPlanPage.vue'),
      meta: { titleKey: 'myProfile.plan.title', requiresAuth: true, roles: ['newcomer'] },
    },
    {
      path: '/me/matches',
      component: () => import('../pages/MyMatchesPage.vue'),
      meta: { titleKey: 'matching.mine.title', requiresAuth: true, roles: ['newcomer'] },
    },
    {
      path: '/me/privacy',
      component: () => import('../pages/MyPrivacyPage.vue'),
      meta: { titleKey: 'myProfile.privacy.title', requiresAuth: true, roles: ['newcomer'] },
    },
    {
      path: '/me/data',
      component: () => import('../pages/MyDataPage.vue'),
      meta: { titleKey: 'myProfile.data.title', requiresAuth: true, roles: ['newcomer'] },
    },
    {
      path: '/invitation/:token',
      component: () => import('../pages/InvitationPage.vue'),
      props: true,
      meta: { titleKey: 'auth.invitation.title' },
    },
    {
      path: '/reset-password',
      component: () => import('../pages/ResetPasswordRequestPage.vue'),
      meta: { titleKey: 'auth.resetRequest.title' },
    },
    {
      path: '/reset-password/:token',
      component: () => import('../pages/ResetPasswordConfirmPage.vue'),
      props: true,
      meta: { titleKey: 'auth.resetConfirm.title' },
    },
    {
      path: '/settings/security',
      component: () => import('../pages/SecuritySettingsPage.vue'),
      meta: { titleKey: 'security.title', requiresAuth: true },
    },
    { path: '/:pathMatch(.*)*', component: () => import('../pages/NotFoundPage.vue'), meta: { titleKey: 'common.notFound.title' } },
  ],
  scrollBehavior(to, from, savedPosition) {
    if (savedPosition) return savedPosition;
    if (to.hash) return { el: to.hash };
    // A filter changed the query of the same page: stay where the user is working.
    if (to.path === from.path) return false;
    return { top: 0 };
  },
});

/** Whether the logged-in user's role may see `route` (pages without `roles` are open to all). */
export function roleAllows(route: RouteLocationNormalized, role: Role | undefined): boolean {
  const roles = route.meta.roles;
  return !roles || (role !== undefined && roles.includes(role));
}

/** A path inside this app to return to after login; anything else falls back to the start page. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

router.beforeEach(async (to) => {
  const auth = useAuth();
  await auth.restoreSession();
  if (to.meta.requiresAuth && !auth.isLoggedIn.value) {
    return { path: '/login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  }
  return true;
});
