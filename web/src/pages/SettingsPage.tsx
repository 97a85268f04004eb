import { Stack } from '@mantine/core';
import { useSession } from '../api/session';
import { PageHeader } from '../components/PageHeader';
import { DailyLoopSettings } from '../components/settings/DailyLoopSettings';
import { KeepInTouchCard } from '../components/settings/KeepInTouchCard';
import { MatchingSettingsCard } from '../components/settings/MatchingSettingsCard';
import { PasswordCard } from '../components/settings/PasswordCard';
import { ProfileCard } from '../components/settings/ProfileCard';
import { SessionsCard } from '../components/settings/SessionsCard';
import { SignupsCard } from '../components/settings/SignupsCard';
import { TokensCard } from '../components/settings/TokensCard';
import { VouchCriteriaCard } from '../components/settings/VouchCriteriaCard';

export default function SettingsPage() {
  const account = useSession().data?.account;
  return (
    <Stack gap="md" maw={860} mx="auto">
      <PageHeader title="Settings" description={account ? `Signed in as ${account.email}` : undefined} />
      {account && <ProfileCard key={account.id} account={account} />}
      {account && <DailyLoopSettings account={account} />}
      {account && <MatchingSettingsCard />}
      {account && <VouchCriteriaCard key={`vouch-${account.id}`} account={account} />}
      {account && <PasswordCard />}
      {account && <SessionsCard />}
      <SignupsCard isOwner={account?.role === 'owner'} />
      <TokensCard />
      {account && <KeepInTouchCard />}
    </Stack>
  );
}
