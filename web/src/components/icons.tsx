// A small set of line icons drawn for Linchpin (24×24 grid, currentColor stroke). Decorative by default:
// every place that uses one also shows or announces a text label.
import type { SVGProps } from 'react';

export type IconProps = SVGProps<SVGSVGElement> & { size?: number };
export type Icon = (props: IconProps) => React.JSX.Element;

function LineIcon({ size = 18, children, ...rest }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

export const IconPeople: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5" />
    <circle cx="17" cy="9" r="2.5" />
    <path d="M17 14.5c2.4 0 4 1.4 4.5 4" />
  </LineIcon>
);
export const IconPerson: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4.5 20.5c.8-4 3.8-6 7.5-6s6.7 2 7.5 6" />
  </LineIcon>
);
export const IconSettings: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="12" cy="12" r="3" />
    <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" />
  </LineIcon>
);
export const IconSearch: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="10.5" cy="10.5" r="6.5" />
    <path d="M15.5 15.5 21 21" />
  </LineIcon>
);
export const IconPlus: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M12 5v14M5 12h14" />
  </LineIcon>
);
export const IconEdit: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M4 20h4L19 9l-4-4L4 16z" />
    <path d="m13.5 6.5 4 4" />
  </LineIcon>
);
export const IconTrash: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M4 7h16M9 7V4.5h6V7M6 7l1 13h10l1-13" />
    <path d="M10 11v5M14 11v5" />
  </LineIcon>
);
export const IconLock: Icon = (p) => (
  <LineIcon {...p}>
    <rect x="5" y="10.5" width="14" height="10" rx="2" />
    <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
  </LineIcon>
);
export const IconLogout: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M14 4H6a1.5 1.5 0 0 0-1.5 1.5v13A1.5 1.5 0 0 0 6 20h8" />
    <path d="M10 12h10M17 8.5l3.5 3.5-3.5 3.5" />
  </LineIcon>
);
export const IconKey: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="8" cy="15" r="4" />
    <path d="M11 12 20 3M16.5 6.5l2.5 2.5M14 9l2 2" />
  </LineIcon>
);
export const IconMail: Icon = (p) => (
  <LineIcon {...p}>
    <rect x="3" y="5.5" width="18" height="13" rx="2" />
    <path d="m3.5 7 8.5 6 8.5-6" />
  </LineIcon>
);
export const IconPhone: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M5 3.5h3.5l1.5 4.5-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2 4.5 1.5V19a2 2 0 0 1-2 2A16.5 16.5 0 0 1 3 5.5a2 2 0 0 1 2-2z" />
  </LineIcon>
);
export const IconLink: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M10 14a4 4 0 0 0 5.7 0l3.1-3.1a4 4 0 0 0-5.7-5.7L11.6 6.7" />
    <path d="M14 10a4 4 0 0 0-5.7 0l-3.1 3.1a4 4 0 0 0 5.7 5.7l1.5-1.5" />
  </LineIcon>
);
export const IconPin: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z" />
    <circle cx="12" cy="10" r="2.3" />
  </LineIcon>
);
export const IconBuilding: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M4 21V5.5L12 3v18M12 8h8v13" />
    <path d="M3 21h18M7.5 8v.01M7.5 12v.01M7.5 16v.01M15.5 12v.01M15.5 16v.01" />
  </LineIcon>
);
export const IconCheck: Icon = (p) => (
  <LineIcon {...p}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </LineIcon>
);
export const IconX: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M6 6l12 12M18 6 6 18" />
  </LineIcon>
);
export const IconCalendar: Icon = (p) => (
  <LineIcon {...p}>
    <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
    <path d="M3.5 10h17M8 3v4M16 3v4" />
  </LineIcon>
);
export const IconChat: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M4 5.5h16v10H9.5L5 19.5v-4H4z" />
  </LineIcon>
);
export const IconHandshake: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M2.5 11.5 6 8l3 1.5 3-2 5.5 4.5" />
    <path d="m6 8-3.5 3.5 6 6a1.6 1.6 0 0 0 2.3 0l.2-.2M21.5 11.5 18 8l-3 .5" />
    <path d="m12.5 16 1.5 1.5a1.6 1.6 0 0 0 2.3-2.3L14 13" />
  </LineIcon>
);
export const IconStar: Icon = (p) => (
  <LineIcon {...p}>
    <path d="m12 3.5 2.6 5.3 5.9.9-4.2 4.1 1 5.8-5.3-2.8-5.3 2.8 1-5.8-4.2-4.1 5.9-.9z" />
  </LineIcon>
);
export const IconBulb: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M9 17.5h6M10 21h4" />
    <path d="M8.5 14.5A6 6 0 1 1 15.5 14.5c-.8.6-1.2 1.4-1.2 2.3V17.5H9.7v-.7c0-.9-.4-1.7-1.2-2.3z" />
  </LineIcon>
);
export const IconEye: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
    <circle cx="12" cy="12" r="3" />
  </LineIcon>
);
export const IconShare: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="6" cy="12" r="2.5" />
    <circle cx="18" cy="6" r="2.5" />
    <circle cx="18" cy="18" r="2.5" />
    <path d="m8.2 10.8 7.6-3.6M8.2 13.2l7.6 3.6" />
  </LineIcon>
);
export const IconBriefcase: Icon = (p) => (
  <LineIcon {...p}>
    <rect x="3" y="7.5" width="18" height="12.5" rx="2" />
    <path d="M9 7.5V5h6v2.5M3 13h18" />
  </LineIcon>
);
export const IconCopy: Icon = (p) => (
  <LineIcon {...p}>
    <rect x="8.5" y="8.5" width="12" height="12" rx="2" />
    <path d="M15.5 8.5V5a1.5 1.5 0 0 0-1.5-1.5H5A1.5 1.5 0 0 0 3.5 5v9A1.5 1.5 0 0 0 5 15.5h3.5" />
  </LineIcon>
);
export const IconAlert: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M12 3.5 21.5 20h-19z" />
    <path d="M12 10v4.5M12 17.5v.01" />
  </LineIcon>
);
export const IconClock: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M12 7.5V12l3 2" />
  </LineIcon>
);
export const IconDots: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="5.5" cy="12" r="1" />
    <circle cx="12" cy="12" r="1" />
    <circle cx="18.5" cy="12" r="1" />
  </LineIcon>
);
export const IconArrowLeft: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M19 12H5M11 6l-6 6 6 6" />
  </LineIcon>
);
export const IconUpload: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M12 15.5V4M7.5 8.5 12 4l4.5 4.5" />
    <path d="M4 15v3.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V15" />
  </LineIcon>
);
export const IconDownload: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M12 4v11.5M7.5 11 12 15.5 16.5 11" />
    <path d="M4 15v3.5A1.5 1.5 0 0 0 5.5 20h13a1.5 1.5 0 0 0 1.5-1.5V15" />
  </LineIcon>
);
export const IconMerge: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="6" cy="5.5" r="2" />
    <circle cx="18" cy="5.5" r="2" />
    <circle cx="12" cy="18.5" r="2" />
    <path d="M6 7.5c0 4 6 4.5 6 9M18 7.5c0 4-6 4.5-6 9" />
  </LineIcon>
);
export const IconChart: Icon = (p) => (
  <LineIcon {...p}>
    <path d="M4 20h16" />
    <path d="M7 16v-5M12 16V7M17 16v-8" />
  </LineIcon>
);

export const IconNetwork: Icon = (p) => (
  <LineIcon {...p}>
    <circle cx="12" cy="5" r="2" />
    <circle cx="5" cy="18" r="2" />
    <circle cx="19" cy="16" r="2" />
    <path d="M11 6.8 6 16.2M13 6.8l5 7.4M7 17.7l10-1.4" />
  </LineIcon>
);
