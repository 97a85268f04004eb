// Builds the router from the page lists in routes.tsx: public pages in the auth layout, the rest behind
// the session guard in the app layout.
import { createBrowserRouter, Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { AuthLayout } from './components/AuthLayout';
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
    children: [
      { element: <AuthLayout />, children: publicRoutes.map(toRoute) },
      {
        element: <AppLayout />,
        children: [...appRoutes.map(toRoute), { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
]);
