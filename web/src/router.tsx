// Builds the router from the page lists in routes.tsx: public pages in the auth layout, the rest behind
// the session guard in the app layout.
import { createBrowserRouter, Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { AuthLayout } from './components/AuthLayout';
import { PageLoader } from './components/Loading';
import { RouteError } from './components/RouteError';
import NotFoundPage from './pages/NotFoundPage';
import { appRoutes, type PageRoute, publicRoutes } from './routes';

const toRoute = ({ path, page }: PageRoute): RouteObject => ({
  path,
  lazy: async () => ({ Component: (await page()).default }),
});

/** Every page starts at the top (and Back returns to where you were). */
function Root() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <RouteError />,
    // Pages load lazily: on the first page of a visit this shows while its code arrives (without it,
    // React Router warns on every page load).
    hydrateFallbackElement: <PageLoader />,
    children: [
      { element: <AuthLayout />, children: publicRoutes.map(toRoute) },
      {
        element: <AppLayout />,
        children: [...appRoutes.map(toRoute), { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
]);
