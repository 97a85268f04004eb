import type { UseFormReturnType } from '@mantine/form';
import type { PersonFormValues } from './values';

export type PersonForm = UseFormReturnType<PersonFormValues>;
