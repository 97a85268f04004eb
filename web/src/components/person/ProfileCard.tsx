// What you know about a person and would share when introducing them.
import { Anchor, Badge, Divider, Group, List, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { Person } from '../../api/types';
import { linkKindLabels } from '../../lib/labels';
import { IconCheck, IconLink, IconMail, IconPhone, IconX } from '../icons';
import { StrengthMeter } from '../relationship/StrengthMeter';
import { TagBadges } from '../TagBadges';
import { KeepInTouchStatus } from './KeepInTouchStatus';
import { SectionCard } from './SectionCard';

/**
 * A link as a person would say it: the site and the page, which for a profile ("linkedin.com/in/jane-doe")
 * is what tells two people's links apart; the host alone reads "www.linkedin.com" for everyone.
 */
function shortUrl(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    const page = pathname === '/' ? '' : pathname.replace(/\/$/, '');
    return `${host.replace(/^www\./, '')}${decodeURIComponent(page)}`;
  } catch {
    return url;
  }
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={4}>
      <Text fz="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: 0.4 }}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function ContactRow({ icon, children }: { icon: React.ReactNode; children: React.ReactNode }) {
  return (
    <Group gap={8} wrap="nowrap" align="center">
      <Text c="dimmed" component="span" style={{ display: 'flex' }}>
        {icon}
      </Text>
      <Text fz="sm" component="div" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

/** Where the person came from; an import links to its report. */
function PersonSourceLine({ source }: { source: Person['source'] }) {
  if (source.importId) {
    return (
      <Anchor component={Link} to={`/import/${source.importId}`} fz="sm">
        {source.label}
      </Anchor>
    );
  }
  return <Text fz="sm">{source.label}</Text>;
}

export function ProfileCard({ person }: { person: Person }) {
  const prefs = person.introPreferences;
  const met = person.vouchCriteria.filter((c) => c.met).length;
  const hasContact = person.emails.length + person.phones.length + person.links.length > 0;

  return (
    <SectionCard title="Profile">
      <Field label="Contact">
        {hasContact ? (
          <Stack gap={6}>
            {person.emails.map((e) => (
              <ContactRow key={e} icon={<IconMail size={16} />}>
                <Anchor href={`mailto:${e}`}>{e}</Anchor>
              </ContactRow>
            ))}
            {person.phones.map((typed, i) => (
              <ContactRow key={typed} icon={<IconPhone size={16} />}>
                {/* Shown in the one format the server decides; dialled as stored (with its country code). */}
                <Anchor href={`tel:${typed.replace(/[^\d+]/g, '')}`}>
                  {person.phonesDisplay[i] ?? typed}
                </Anchor>
              </ContactRow>
            ))}
            {person.links.map((l) => (
              <ContactRow key={l.url} icon={<IconLink size={16} />}>
                <Anchor href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label || linkKindLabels[l.kind]}
                </Anchor>{' '}
                <Text span fz="xs" c="dimmed">
                  {shortUrl(l.url)}
                </Text>
              </ContactRow>
            ))}
          </Stack>
        ) : (
          <Text fz="sm" c="dimmed">
            No contact details yet.
          </Text>
        )}
      </Field>

      <Field label="Source">
        <PersonSourceLine source={person.source} />
      </Field>

      <Field label="Blurb for introductions">
        {person.blurb ? (
          <Text fz="sm" className="lp-pre-line">
            {person.blurb}
          </Text>
        ) : (
          <Text fz="sm" c="dimmed">
            No blurb yet — write the paragraph you would use to introduce them.
          </Text>
        )}
      </Field>

      {person.tags.length > 0 && (
        <Field label="Tags">
          <TagBadges tags={person.tags} />
        </Field>
      )}

      <Divider />

      <Field label="Relationship strength">
        <StrengthMeter strength={person.strength} reasons={person.strengthReasons} detailed />
      </Field>

      <Field
        label={
          person.vouchCriteria.length
            ? `Vouch criteria · ${met} of ${person.vouchCriteria.length} met`
            : 'Vouch criteria'
        }
      >
        {person.vouchCriteria.length === 0 ? (
          <Text fz="sm" c="dimmed">
            No criteria set. Add what must be true before you vouch for someone.
          </Text>
        ) : (
          <List spacing={4} size="sm" center>
            {person.vouchCriteria.map((c) => (
              <List.Item
                key={c.label}
                icon={
                  <ThemeIcon size={20} radius="xl" variant="light" color={c.met ? 'pine' : 'gray'}>
                    {c.met ? <IconCheck size={12} /> : <IconX size={12} />}
                  </ThemeIcon>
                }
              >
                <Text span fz="sm" c={c.met ? undefined : 'dimmed'}>
                  {c.label}
                </Text>
                <VisuallyHidden>{c.met ? ' (met)' : ' (not met)'}</VisuallyHidden>
              </List.Item>
            ))}
          </List>
        )}
      </Field>

      <Field label="Introduction preferences">
        <Group gap={6}>
          {prefs.doNotIntroduce && (
            <Badge color="red" variant="light" tt="none">
              Do not introduce
            </Badge>
          )}
          {prefs.askFirst && (
            <Badge color="orange" variant="light" tt="none">
              Ask them first
            </Badge>
          )}
          <Badge color="gray" variant="light" tt="none">
            {prefs.maxRequestsPerMonth === null
              ? 'No monthly limit'
              : `At most ${prefs.maxRequestsPerMonth} request${prefs.maxRequestsPerMonth === 1 ? '' : 's'} a month`}
          </Badge>
        </Group>
        {prefs.valuedHelp.length > 0 && (
          <Text fz="sm">
            Values help with:{' '}
            <Text span fz="inherit" fw={600}>
              {prefs.valuedHelp.join(', ')}
            </Text>
          </Text>
        )}
      </Field>

      <Field label="Keep in touch">
        <KeepInTouchStatus state={person.keepInTouch} />
      </Field>
    </SectionCard>
  );
}
