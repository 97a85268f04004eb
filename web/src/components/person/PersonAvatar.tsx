import { Avatar, type AvatarProps } from '@mantine/core';
import { withoutTitles } from '../../../../src/domain/contact/greeting';

/** A person's initials, from their name without the titles before it: "Dr. Maya Okafor" is "MO". */
export function PersonAvatar({ name, ...props }: { name: string } & Omit<AvatarProps, 'name' | 'color'>) {
  return <Avatar radius="xl" {...props} color="initials" name={withoutTitles(name)} />;
}
