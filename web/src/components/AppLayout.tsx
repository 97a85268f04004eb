// The signed-in frame: header with account menu, sidebar from nav.tsx, and the page. Visitors without a
// session are sent to setup (no account exists yet) or sign-in.
import { Anchor, AppShell, Burger, Group, NavLink, ScrollArea, Stack, useMantineTheme } from '@mantine/core';
import { useDisclosure, useHotkeys, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { Navigate, Outlet, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';
import { useSession } from '../api/session';
import { type NavItem, navItems } from '../nav';
import { AccountMenu } from './AccountMenu';
import { LoadError, PageLoader } from './Loading';
import { Logo } from './Logo';
import { PEOPLE_SEARCH_ID } from './people/PeopleFilters';

export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [navOpen, nav] = useDisclosure(false);
  const theme = useMantineTheme();
  // Below the breakpoint a closed drawer is only moved off screen: inert keeps its links out of the Tab
  // order and away from screen readers, or focus would vanish from view for a dozen key presses.
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`);
  const drawerHidden = wide === false && !navOpen;

  // "/" focuses the people search from anywhere (typing in a field is left alone by useHotkeys).
  useHotkeys([
    [
      '/',
      () => {
        const input = document.getElementById(PEOPLE_SEARCH_ID);
        if (input) input.focus();
        else navigate('/people', { state: { focusSearch: true } });
      },
    ],
  ]);

  // On phones the sidebar is a drawer: close it once a link was followed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => nav.close(), [location.pathname]);

  if (session.isPending) return <PageLoader />;
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  const { account, setupRequired } = session.data;
  if (!account) {
    if (setupRequired) return <Navigate to="/setup" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Anchor href="#main" className="lp-skip-link">
          Skip to content
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
            />
            <Anchor component={RouterNavLink} to="/" underline="never" c="inherit" aria-label="Linchpin home">
              <Logo />
            </Anchor>
          </Group>
          <AccountMenu account={account} />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main navigation" inert={drawerHidden}>
        <AppShell.Section grow component={ScrollArea}>
          <NavList items={navItems.filter((i) => !i.footer)} path={location.pathname} />
        </AppShell.Section>
        <AppShell.Section>
          <NavList items={navItems.filter((i) => i.footer)} path={location.pathname} />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" bg="var(--mantine-color-gray-light)">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function NavList({ items, path }: { items: NavItem[]; path: string }) {
  return (
    <Stack component="nav" gap={4}>
      {items.map(({ to, label, icon: Icon }) => (
        <NavLink
          key={to}
          component={RouterNavLink}
          to={to}
          label={label}
          active={path === to || path.startsWith(`${to}/`)}
          leftSection={<Icon />}
          styles={{ root: { borderRadius: 'var(--mantine-radius-md)' }, label: { fontWeight: 550 } }}
        />
      ))}
    </Stack>
  );
}
