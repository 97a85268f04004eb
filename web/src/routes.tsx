// Every page of the app. Adding a page: create web/src/pages/<Name>Page.tsx with a default export,
// add one entry here, and (if it belongs in the sidebar) one entry in nav.tsx.
import type { ComponentType } from 'react';

export interface PageRoute {
  path: string;
  page: () => Promise<{ default: ComponentType }>;
}

/** Pages for a signed-in account, shown inside the app layout. */
export const appRoutes: PageRoute[] = [
  { path: '/', page: () => import('./pages/AgendaPage') },
  { path: '/people', page: () => import('./pages/PeoplePage') },
  { path: '/people/new', page: () => import('./pages/PersonNewPage') },
  { path: '/people/:id', page: () => import('./pages/PersonPage') },
  { path: '/people/:id/edit', page: () => import('./pages/PersonEditPage') },
  { path: '/settings', page: () => import('./pages/SettingsPage') },
  { path: '/today', page: () => import('./pages/AgendaPage') },
  { path: '/suggestions', page: () => import('./pages/SuggestionsPage') },
  { path: '/introductions', page: () => import('./pages/PipelinePage') },
  { path: '/introductions/new', page: () => import('./pages/IntroductionNewPage') },
  { path: '/introductions/:id', page: () => import('./pages/IntroductionPage') },
  { path: '/outbox', page: () => import('./pages/OutboxPage') },
  { path: '/import', page: () => import('./pages/ImportPage') },
  { path: '/import/:id', page: () => import('./pages/ImportDetailPage') },
  // The plural is what people type (and what the API says: /api/v1/imports).
  { path: '/imports', page: () => import('./pages/ImportPage') },
  { path: '/imports/:id', page: () => import('./pages/ImportDetailPage') },
  { path: '/duplicates', page: () => import('./pages/DuplicatesPage') },
  { path: '/losing-touch', page: () => import('./pages/LosingTouchPage') },
  { path: '/network', page: () => import('./pages/NetworkPage') },
  { path: '/referrals', page: () => import('./pages/ReferralsPage') },
  { path: '/export', page: () => import('./pages/ExportPage') },
  { path: '/insights', page: () => import('./pages/InsightsPage') },
];

/** Pages for visitors who are not signed in (they redirect to the app when a session exists). */
export const publicRoutes: PageRoute[] = [
  { path: '/setup', page: () => import('./pages/SetupPage') },
  { path: '/signin', page: () => import('./pages/SignInPage') },
  { path: '/signup', page: () => import('./pages/SignUpPage') },
  { path: '/forgot-password', page: () => import('./pages/ForgotPasswordPage') },
  { path: '/reset-password', page: () => import('./pages/ResetPasswordPage') },
];
