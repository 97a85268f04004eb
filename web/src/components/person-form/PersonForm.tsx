// Create or edit a person: every field, grouped as a connector thinks about someone. Server validation
// errors appear next to the input they name. Leaving with unsaved changes asks first.
import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { greetingName } from '../../../../src/domain/contact/greeting';
import { alreadyKnownIn, type KnownPerson, useTags } from '../../api/people';
import { ConfirmDialog } from '../ConfirmDialog';
import { applyProblem, type FormProblem, focusFirstInvalid } from '../form-problems';
import { PrivateBadge } from '../PrivateNotice';
import { ProblemAlert } from '../ProblemAlert';
import { AlreadyKnownAlert } from './AlreadyKnownAlert';
import { CaveatsField } from './CaveatsField';
import { LinksField } from './LinksField';
import { Section } from './Section';
import { StringListField } from './StringListField';
import { VouchField } from './VouchField';
import {
  COLLAPSED_PATHS,
  NUMBER_RANGES,
  type PersonFormBody,
  type PersonFormValues,
  prune,
  toBody,
  validate,
} from './values';

const TRUST_OPTIONS = [
  { value: '', label: 'Not set' },
  ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })),
];

interface Props {
  initialValues: PersonFormValues;
  submitLabel: string;
  /**
   * Resolves when saved; rejects with the server's error to show. `allowDuplicate` is set when the user
   * chose "Add anyway" after being told the details belong to someone already (a new person's 409).
   */
  onSubmit: (body: PersonFormBody, opts: { allowDuplicate: boolean }) => Promise<unknown>;
  onCancel: () => void;
}

export function PersonForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [known, setKnown] = useState<KnownPerson[] | null>(null);
  const form = useForm<PersonFormValues>({
    initialValues,
    validate,
    // An out-of-range number says so on leaving the input, not only on saving.
    validateInputOnBlur: Object.keys(NUMBER_RANGES),
  });
  const knownTags = useTags().data?.map((t) => t.tag) ?? [];
  const discard = useDiscardGuard(form);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    await save(false);
  };

  const save = async (allowDuplicate: boolean) => {
    setProblem(null);
    setKnown(null);
    form.setValues(prune(form.getValues()));
    if (form.validate().hasErrors) {
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    // The page moves on once saved, while onSubmit is still running: that is not leaving unsaved changes.
    discard.saving.current = true;
    try {
      await onSubmit(toBody(form.getValues()), { allowDuplicate });
    } catch (error) {
      discard.saving.current = false;
      const already = alreadyKnownIn(error);
      if (already) setKnown(already);
      else setProblem(applyProblem(form, error, { collapse: COLLAPSED_PATHS }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Person">
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        {known && <AlreadyKnownAlert people={known} adding={saving} onAddAnyway={() => void save(true)} />}

        <Section title="Basics">
          <TextInput label="Name" required autoComplete="off" autoFocus {...form.getInputProps('name')} />
          <TextInput
            label="Greet them as"
            description={`Emails say “Hi ${greetingName(form.getValues().name, form.getValues().addressedAs) || '…'},”. Leave it empty for their first name.`}
            placeholder={greetingName(form.getValues().name) || 'First name'}
            autoComplete="off"
            maxLength={100}
            {...form.getInputProps('addressedAs')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Title" placeholder="e.g. Head of Design" {...form.getInputProps('title')} />
            <TextInput label="Company" {...form.getInputProps('company')} />
            <TextInput label="Location" placeholder="City, country" {...form.getInputProps('location')} />
          </SimpleGrid>
        </Section>

        <Section title="Contact">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            <StringListField
              form={form}
              path="emails"
              legend="Emails"
              noun="Email"
              type="email"
              placeholder="name@example.com"
              autoComplete="off"
            />
            <StringListField
              form={form}
              path="phones"
              legend="Phones"
              noun="Phone"
              type="tel"
              placeholder="+44 20 7946 0000"
              autoComplete="off"
            />
          </SimpleGrid>
          <LinksField form={form} />
        </Section>

        <Section
          title="For introductions"
          description="What you would say about them, and how much you vouch for them."
        >
          <Textarea
            label="Blurb"
            description="The paragraph used when you introduce them: who they are and what they are great at."
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps('blurb')}
          />
          <TagsInput
            label="Tags"
            description="Press Enter or comma after each tag."
            placeholder="e.g. fintech, designer, investor"
            data={knownTags}
            clearable
            {...form.getInputProps('tags')}
          />
          <Stack gap={4}>
            <Text component="div" id="trust-label" fz="sm" fw={600}>
              Trust
            </Text>
            <Text fz="xs" c="dimmed" id="trust-help">
              Your own judgement, 1 (barely know them) to 5 (would stake my name on them).
            </Text>
            <SegmentedControl
              aria-labelledby="trust-label"
              aria-describedby="trust-help"
              data={TRUST_OPTIONS}
              {...form.getInputProps('trust')}
              style={{ alignSelf: 'flex-start' }}
            />
            {form.errors.trust && (
              <Text fz="xs" c="red" role="alert">
                {form.errors.trust}
              </Text>
            )}
          </Stack>
          <VouchField form={form} />
        </Section>

        <Section
          title="Preferences"
          description="How they like to be introduced, and how often you want to be in touch."
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Switch
              label="Ask them first"
              description="Busy or sought-after: ask them before the other side."
              {...form.getInputProps('introPreferences.askFirst', { type: 'checkbox' })}
            />
            <Switch
              label="Do not introduce"
              description="Never suggest them for an introduction."
              color="red"
              {...form.getInputProps('introPreferences.doNotIntroduce', { type: 'checkbox' })}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label="Most introduction requests per month"
              placeholder="No limit"
              {...NUMBER_RANGES['introPreferences.maxRequestsPerMonth']}
              clampBehavior="none"
              allowDecimal={false}
              {...form.getInputProps('introPreferences.maxRequestsPerMonth')}
            />
            <TagsInput
              label="Kinds of help they value"
              placeholder="e.g. hiring, customers"
              {...form.getInputProps('introPreferences.valuedHelp')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label="Keep in touch ideally every"
              suffix=" days"
              placeholder="e.g. 30 days"
              {...NUMBER_RANGES['keepInTouch.idealDays']}
              clampBehavior="none"
              allowDecimal={false}
              {...form.getInputProps('keepInTouch.idealDays')}
            />
            <NumberInput
              label="…and at most every"
              suffix=" days"
              placeholder="e.g. 90 days"
              {...NUMBER_RANGES['keepInTouch.maxDays']}
              clampBehavior="none"
              allowDecimal={false}
              {...form.getInputProps('keepInTouch.maxDays')}
            />
          </SimpleGrid>
        </Section>

        <Section
          title="Private"
          tone="private"
          badge={<PrivateBadge />}
          description="Never leaves your account: never part of an introduction or an email."
        >
          <Textarea
            label="Private notes"
            autosize
            minRows={3}
            maxRows={14}
            {...form.getInputProps('privateNotes')}
          />
          <CaveatsField form={form} />
        </Section>

        <Paper
          withBorder
          p="sm"
          pos="sticky"
          bottom={0}
          style={{ zIndex: 2, boxShadow: '0 -4px 12px rgb(0 0 0 / 6%)' }}
        >
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </Paper>
      </Stack>
      <ConfirmDialog
        opened={discard.blocker.state === 'blocked'}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        onConfirm={() => discard.blocker.proceed?.()}
        onClose={() => discard.blocker.reset?.()}
      >
        You have changes that are not saved. Cancel to keep editing.
      </ConfirmDialog>
    </form>
  );
}

/**
 * Guards unsaved changes: navigating within the app waits on the confirmation (the caller shows it while
 * `blocker.state` is "blocked"), and closing or reloading the tab gets the browser's own prompt. Nothing
 * is asked when the values are back to how they started, or while a save is on its way.
 */
function useDiscardGuard(form: { getValues(): PersonFormValues; getInitialValues(): PersonFormValues }) {
  const saving = useRef(false);
  const isDirty = () =>
    !saving.current && JSON.stringify(form.getValues()) !== JSON.stringify(form.getInitialValues());
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && isDirty(),
  );
  // The form re-renders on every change, so this follows the values.
  const dirty = isDirty();
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (saving.current) return;
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return { blocker, saving };
}
