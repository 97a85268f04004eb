import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RequestField, readRequestForm } from './form';
import { EditIntroRequestInput } from './schema';

/** Each field of a correction and the public form field it is checked as. */
const AS_FORM_FIELD: Record<keyof EditIntroRequestInput, RequestField> = {
  requesterName: 'name',
  requesterEmail: 'email',
  wantsToMeet: 'wantsToMeet',
  why: 'why',
  aboutRequester: 'about',
};

const valid: Record<RequestField, string> = {
  name: 'Rita',
  email: 'rita@example.com',
  wantsToMeet: 'a climate investor',
  why: 'Raising a seed round',
  about: 'Rita runs Warmly.',
};

const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '  ', 'a\nb', 'Rita@Example.COM ', 'x'.repeat(501), 'y'.repeat(2001), 'evil\u202Etxt'),
  fc.emailAddress(),
);

describe('EditIntroRequestInput', () => {
  it('takes each field exactly as the public form does: refused alike, or stored alike', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(AS_FORM_FIELD) as (keyof EditIntroRequestInput)[])),
        value,
        (key, v) => {
          const field = AS_FORM_FIELD[key];
          const form = readRequestForm({ ...valid, [field]: v });
          const edit = EditIntroRequestInput.safeParse({ [key]: v });
          expect(edit.success).toBe(form.kind === 'ok');
          if (edit.success && form.kind === 'ok') expect(edit.data[key]).toBe(form.request[field]);
        },
      ),
    );
  });

  it('leaves out what is not given and refuses fields a request does not have', () => {
    expect(EditIntroRequestInput.parse({})).toEqual({});
    expect(EditIntroRequestInput.safeParse({ status: 'accepted' }).success).toBe(false);
  });
});
