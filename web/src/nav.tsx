// The sidebar. Adding a page to it: one entry here (order is the order shown).
import type { Icon } from './components/icons';
import {
  IconBulb,
  IconCalendar,
  IconChart,
  IconClock,
  IconDownload,
  IconHandshake,
  IconMail,
  IconMerge,
  IconNetwork,
  IconPeople,
  IconSettings,
  IconShare,
  IconUpload,
} from './components/icons';

export interface NavItem {
  to: string;
  label: string;
  icon: Icon;
  /** Shown at the bottom of the sidebar instead of in the main list. */
  footer?: boolean;
}

export const navItems: NavItem[] = [
  { to: '/', label: 'Today', icon: IconCalendar },
  { to: '/suggestions', label: 'Suggestions', icon: IconBulb },
  { to: '/people', label: 'People', icon: IconPeople },
  { to: '/losing-touch', label: 'Losing touch', icon: IconClock },
  { to: '/introductions', label: 'Introductions', icon: IconHandshake },
  { to: '/insights', label: 'Insights', icon: IconChart },
  { to: '/network', label: 'Network', icon: IconNetwork },
  { to: '/referrals', label: 'Referrals', icon: IconShare },
  { to: '/outbox', label: 'Outbox', icon: IconMail },
  { to: '/import', label: 'Import', icon: IconUpload },
  { to: '/duplicates', label: 'Duplicates', icon: IconMerge },
  { to: '/export', label: 'Export & backup', icon: IconDownload, footer: true },
  { to: '/settings', label: 'Settings', icon: IconSettings, footer: true },
];
