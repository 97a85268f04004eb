// Proposing an introduction: the two people, kind, reason, order of asking, each side's pitch and
// disclosed caveats, and a live preview of each consent request. Saves a draft; nobody is asked until the
// connector has reviewed the exact email and sent it ("Save and review the request…" here opens that review
// on the introduction's page, as "Start asking…" there does).
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { needSentence } from '../../../../src/domain/matching/introduction-reason';
import { ApiError } from '../../api/client';
import { usePersonSuggestions } from '../../api/suggestions';
import type { IntroductionBody, IntroKind, Need, Person, Suggestion } from '../../api/types';
import { kindLabels } from '../../lib/intro-labels';
import { options } from '../../lib/labels';
import { type Unmet, unmetOf } from '../../lib/unvouched';
import { IconAlert } from '../icons';
import { ProblemAlert } from '../ProblemAlert';
import { UnmetCriteria } from '../UnmetCriteria';
import { useServerSubmit } from '../useServerForm';
import { AskOrderField, type Order } from './AskOrderField';
import { ConsentPreview } from './ConsentPreview';
import { PersonPicker, type PickerCandidate } from './PersonPicker';
import { PitchAndCaveats } from './PitchAndCaveats';
import { ProviderSuggestions } from './ProviderSuggestions';

export interface ProposeValues {
  personAId: string;
  personBId: string;
  kind: IntroKind;
  reason: string;
  order: Order;
  firstPersonId: string;
  discloseCaveatIds: string[];
  pitchA: string;
  pitchB: string;
  autoSend: boolean;
  needId: string;
}

interface Props {
  initialA: Person | null;
  initialB: Person | null;
  need: Need | null;
  /** `start`: the connector chose "Save and review the request…" (the review comes next, nothing is sent yet). */
  onSubmit: (body: IntroductionBody, start: boolean) => Promise<unknown>;
}

/** The request body, for saving and for the preview alike. */
function toBody(values: ProposeValues): IntroductionBody {
  return {
    personAId: values.personAId,
    personBId: values.personBId,
    kind: values.kind,
    reason: values.reason,
    order: values.order,
    discloseCaveatIds: values.discloseCaveatIds,
    pitchA: values.pitchA,
    pitchB: values.pitchB,
    autoSend: values.autoSend,
    ...(values.order === 'sequential' && values.firstPersonId ? { firstPersonId: values.firstPersonId } : {}),
    ...(values.needId ? { needId: values.needId } : {}),
  };
}

/** A suggestion offered in the second picker: the other side of one of the first person's suggestions. */
interface Candidate extends PickerCandidate {
  suggestion: Suggestion;
}

/** The need the introduction answers, when one is linked: from the page's address or a chosen suggestion. */
interface LinkedNeed {
  id: string;
  text: string;
  seekerId: string;
}

export function ProposeForm({ initialA, initialB, need, onSubmit }: Props) {
  const [a, setA] = useState<Person | null>(initialA);
  const [b, setB] = useState<Person | null>(initialB);
  const [linked, setLinked] = useState<LinkedNeed | null>(
    need ? { id: need.id, text: need.text, seekerId: need.personId } : null,
  );
  const [start, setStart] = useState(false);
  /** The open introduction between the same two people, when the server refused a duplicate. */
  const [existingId, setExistingId] = useState<string | null>(null);
  // A provider whose vouch criteria are not all met is put forward only once the connector confirms.
  const [unvouched, setUnvouched] = useState<Unmet[] | null>(null);
  const [confirmUnvouched, setConfirmUnvouched] = useState(false);
  const initialReason = need
    ? needSentence({ seekerName: initialA?.name ?? 'They', needText: need.text, neededBy: need.neededBy })
    : '';
  const form = useForm<ProposeValues>({
    initialValues: {
      personAId: initialA?.id ?? '',
      personBId: initialB?.id ?? '',
      kind: 'seeker_provider',
      reason: initialReason,
      order: 'sequential',
      firstPersonId: '',
      discloseCaveatIds: [],
      pitchA: initialA?.blurb ?? '',
      pitchB: initialB?.blurb ?? '',
      autoSend: false,
      needId: need?.id ?? '',
    },
    validate: {
      personAId: (v) => (v ? null : 'Choose the first person'),
      personBId: (v) => (v ? null : 'Choose the second person'),
      reason: (v) => (v.trim() ? null : 'Say in a sentence or two why they should meet'),
    },
  });
  const v = form.getValues();
  const {
    onSubmit: submit,
    problem,
    saving,
  } = useServerSubmit(
    form,
    async (values: ProposeValues) => {
      setExistingId(null);
      try {
        await onSubmit({ ...toBody(values), ...(confirmUnvouched ? { confirmUnvouched } : {}) }, start);
      } catch (e) {
        setUnvouched(unmetOf(e));
        const id = e instanceof ApiError ? e.extensions.existingIntroductionId : undefined;
        if (typeof id === 'string') setExistingId(id);
        throw e;
      }
    },
    { collapse: ['discloseCaveatIds'] },
  );

  // Choosing someone else resets what was written about the previous person and their disclosed caveats.
  const choose = (side: 'A' | 'B', person: Person | null) => {
    const before = side === 'A' ? a : b;
    (side === 'A' ? setA : setB)(person);
    form.setFieldValue(`person${side}Id`, person?.id ?? '');
    form.setFieldValue(`pitch${side}`, person?.blurb ?? '');
    form.setFieldValue('firstPersonId', '');
    if (before) {
      const gone = new Set(before.caveats.map((c) => c.id));
      form.setFieldValue(
        'discloseCaveatIds',
        form.getValues().discloseCaveatIds.filter((id) => !gone.has(id)),
      );
    }
    if (side === 'A' && linked && person?.id !== linked.seekerId) form.setFieldValue('needId', '');
  };
  // A suggestion's shareable sentence (need and offer; its reasons hold private figures) becomes the
  // reason, unless the connector already wrote one of their own.
  const prefilled = useRef(initialReason);
  const prefillReason = (suggested: string) => {
    const { reason } = form.getValues();
    const untouched = reason === prefilled.current || !reason.trim();
    if (!suggested || !untouched) return;
    prefilled.current = suggested;
    form.setFieldValue('reason', prefilled.current);
  };
  const swap = () => {
    const [oldA, oldB] = [a, b];
    const { pitchA, pitchB } = form.getValues();
    setA(oldB);
    setB(oldA);
    form.setValues({ personAId: oldB?.id ?? '', personBId: oldA?.id ?? '', pitchA: pitchB, pitchB: pitchA });
    if (linked) form.setFieldValue('needId', '');
  };

  // "Introduce…" from a person's page: the matcher's candidates for them come first in the second picker.
  const suggestionsForA = usePersonSuggestions(!need && !initialB && a ? a.id : '');
  const candidates: Candidate[] = !suggestionsForA.data
    ? []
    : [
        ...suggestionsForA.data.couldHelpThem.flatMap((n) => n.items.map((s) => toCandidate(s, s.provider))),
        ...suggestionsForA.data.theyCouldHelp.map((s) => toCandidate(s, s.seeker)),
      ].sort((x, y) => y.suggestion.score - x.suggestion.score);
  // Choosing a candidate links the need it answers and takes its reasons. When the first person is the
  // provider, the two change places: the seeker goes first in a seeker–provider introduction.
  const takeCandidate = ({ suggestion: s }: Candidate, person: Person) => {
    if (!a) return;
    if (s.seekerId !== a.id) {
      const provider = a;
      setA(person);
      setB(provider);
      form.setValues({
        personAId: person.id,
        personBId: provider.id,
        pitchA: person.blurb,
        pitchB: provider.blurb,
        firstPersonId: '',
      });
    }
    form.setFieldValue('kind', 'seeker_provider');
    form.setFieldValue('needId', s.needId);
    setLinked({ id: s.needId, text: s.needText, seekerId: s.seekerId });
    prefillReason(s.introductionReason);
  };

  const seeker = v.kind === 'seeker_provider';
  const labelA = seeker ? 'Seeker (who is looking for help)' : 'First person';
  const labelB = seeker ? 'Provider (who can help)' : 'Second person';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {/* The API's detail is written for API callers; here the same facts are said in the form's words. */}
        {problem && unvouched ? (
          <Alert color="yellow" icon={<IconAlert />} title="Your criteria are not all met">
            <UnmetCriteria unmet={unvouched} />
          </Alert>
        ) : (
          <ProblemAlert problem={problem} />
        )}
        {problem && unvouched && (
          <Checkbox
            label={`Put ${unvouched.map((u) => u.name).join(' and ')} forward anyway: I confirm, then save again`}
            checked={confirmUnvouched}
            onChange={(e) => setConfirmUnvouched(e.currentTarget.checked)}
          />
        )}
        {problem && existingId && (
          <Text fz="sm">
            <Link to={`/introductions/${existingId}`}>Open the introduction already under way</Link>
          </Text>
        )}
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="md">
            <Stack gap={4}>
              <Text component="div" id="kind-label" fz="sm" fw={500}>
                Kind
              </Text>
              <SegmentedControl
                aria-labelledby="kind-label"
                data={options(kindLabels)}
                {...form.getInputProps('kind')}
                style={{ alignSelf: 'flex-start' }}
              />
            </Stack>
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <Grid gap="md" style={{ flex: 1 }}>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <PersonPicker
                    label={labelA}
                    required
                    value={a}
                    onChange={(p) => choose('A', p)}
                    excludeIds={b ? [b.id] : []}
                    error={form.errors.personAId}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <PersonPicker
                    label={labelB}
                    required
                    value={b}
                    onChange={(p) => choose('B', p)}
                    excludeIds={a ? [a.id] : []}
                    error={form.errors.personBId}
                    candidates={candidates}
                    onCandidate={takeCandidate}
                  />
                </Grid.Col>
              </Grid>
              <Tooltip label="Swap the two people">
                <ActionIcon
                  variant="default"
                  size="lg"
                  onClick={swap}
                  aria-label="Swap the two people"
                  mb={2}
                >
                  ⇄
                </ActionIcon>
              </Tooltip>
            </Group>
            {need && a?.id === need.personId && !b && (
              <ProviderSuggestions
                need={need}
                seekerName={a.name}
                onChoose={(p, suggestion) => {
                  choose('B', p);
                  prefillReason(suggestion.introductionReason);
                }}
              />
            )}
            {linked && v.needId && (
              <Text fz="sm" c="dimmed">
                Answers {a?.name}’s need: “{linked.text}”
              </Text>
            )}
            <Textarea
              label="Why should they meet?"
              description="A sentence or two. Both people will read it."
              required
              autosize
              minRows={2}
              {...form.getInputProps('reason')}
            />
          </Stack>
        </Paper>

        {a && b && (
          <>
            <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
              <AskOrderField
                kind={v.kind}
                a={a}
                b={b}
                order={v.order}
                onOrder={(o) => form.setFieldValue('order', o)}
                firstPersonId={v.firstPersonId}
                onFirstPersonId={(id) => form.setFieldValue('firstPersonId', id)}
              />
            </Paper>
            <Grid gap="md">
              {(
                [
                  [a, b, 'pitchA'],
                  [b, a, 'pitchB'],
                ] as const
              ).map(([person, other, field]) => (
                <Grid.Col key={field} span={{ base: 12, md: 6 }}>
                  <Paper withBorder p={{ base: 'md', sm: 'lg' }} h="100%">
                    <Title order={2} fz="h5" mb="sm">
                      What {other.name} is told about {person.name}
                    </Title>
                    <PitchAndCaveats
                      person={person}
                      otherName={other.name}
                      pitch={v[field]}
                      onPitch={(text) => form.setFieldValue(field, text)}
                      pitchError={form.errors[field]}
                      disclosed={v.discloseCaveatIds}
                      onDisclosed={(ids) => form.setFieldValue('discloseCaveatIds', ids)}
                    />
                  </Paper>
                </Grid.Col>
              ))}
            </Grid>
            <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
              <Title order={2} fz="h5" mb="xs">
                Preview
              </Title>
              <ConsentPreview body={v.reason.trim() ? toBody(v) : null} names={{ a: a.name, b: b.name }} />
            </Paper>
          </>
        )}

        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="md">
            <Switch
              label="Send the introduction as soon as both say yes"
              description="Otherwise you review it and send it yourself."
              {...form.getInputProps('autoSend', { type: 'checkbox' })}
            />
            <Group justify="flex-end" gap="sm">
              <Button
                variant="default"
                type="submit"
                loading={saving && !start}
                onClick={() => setStart(false)}
              >
                Save as draft
              </Button>
              <Button type="submit" loading={saving && start} onClick={() => setStart(true)}>
                Save and review the request…
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}

function toCandidate(suggestion: Suggestion, person: Suggestion['provider']): Candidate {
  return { person, reason: suggestion.reasons[0] ?? '', suggestion };
}
