// The API's shapes as the web app names them, every one read from the server's OpenAPI document
// (openapi.gen.ts, generated from the routes' zod schemas by scripts/gen-api-types.ts). Nothing here is
// written by hand: a field renamed on the server is renamed here, and code still using the old name fails
// `npm run typecheck`.
import type { components, paths } from './openapi.gen';

type Schemas = components['schemas'];
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** The API paths that answer to a method. */
export type PathWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];
export type Operation<P extends PathWith<M>, M extends Method> = paths[P][M];

type Ok<R> = R[keyof R & (200 | 201 | 202 | 204)];
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : undefined;
/** What a route answers with when it succeeds (`undefined` for 204 No Content). */
export type ResponseOf<P extends PathWith<M>, M extends Method = 'get'> =
  Operation<P, M> extends {
    responses: infer R;
  }
    ? Json<Ok<R>>
    : never;

type ParametersOf<O> = O extends { parameters: infer X } ? X : never;
type PathInit<O> = ParametersOf<O> extends { path: infer X } ? { path: X } : { path?: undefined };
type QueryInit<O> =
  ParametersOf<O> extends { query: infer Q }
    ? { query: Q }
    : ParametersOf<O> extends { query?: infer Q }
      ? [Q] extends [never]
        ? { query?: undefined }
        : { query?: Q }
      : { query?: undefined };
type ContentOf<O> = O extends { requestBody?: infer B }
  ? B extends { content: infer C }
    ? C
    : never
  : never;
type JsonBody<C, Required> = C extends { 'application/json': infer B }
  ? Required extends true
    ? { body: B; form?: undefined }
    : { body?: B; form?: undefined }
  : never;
type FormBody<C> = C extends { 'multipart/form-data': infer F } ? { form: F; body?: undefined } : never;
type BodyInit<O> = [ContentOf<O>] extends [never]
  ? { body?: undefined; form?: undefined }
  : JsonBody<ContentOf<O>, O extends { requestBody: unknown } ? true : false> | FormBody<ContentOf<O>>;
/** What a call of a route takes: its path parameters, query, body (JSON, or multipart fields) and signal. */
export type CallInit<O> = PathInit<O> & QueryInit<O> & BodyInit<O> & { signal?: AbortSignal };
/** The init argument may be left out when everything in it is optional. */
export type InitArgs<O> =
  Partial<CallInit<O>> extends CallInit<O> ? [init?: CallInit<O>] : [init: CallInit<O>];

/** The JSON body a route accepts (its input side: a field with a default may be left out). */
export type BodyOf<P extends PathWith<M>, M extends Method> =
  ContentOf<Operation<P, M>> extends {
    'application/json': infer B;
  }
    ? B
    : never;
/** A route's query parameters. */
export type QueryOf<P extends PathWith<M>, M extends Method = 'get'> = NonNullable<
  ParametersOf<Operation<P, M>> extends { query?: infer Q } ? Q : never
>;

export type Problem = Schemas['Problem'];
export type SessionInfo = Schemas['SessionInfo'];
export type Account = Schemas['Account'];
export type InstanceSettings = Schemas['InstanceSettings'];
export type ApiToken = Schemas['ApiToken'];
export type CreatedApiToken = Schemas['CreatedApiToken'];

export type Person = Schemas['Person'];
export type Need = Schemas['Need'];
export type Offer = Schemas['Offer'];
export type OfferWithPerson = Schemas['OfferWithPerson'];
export type Interaction = Schemas['Interaction'];
export type TagCount = ResponseOf<'/api/v1/tags'>['items'][number];
export type PeopleSource = Schemas['PeopleSource'];
export type BulkRequest = Schemas['BulkRequest'];
export type BulkAction = Schemas['BulkAction'];
export type BulkResult = Schemas['BulkResult'];
export type PeopleSort = NonNullable<QueryOf<'/api/v1/people'>['sort']>;
export type SortDirection = NonNullable<QueryOf<'/api/v1/people'>['direction']>;

export type Introduction = Schemas['Introduction'];
export type IntroductionDetail = Schemas['IntroductionDetail'];
export type IntroductionActions = Schemas['IntroductionActions'];
export type ActionVerdict = Schemas['ActionVerdict'];
export type ProposalPreview = Schemas['ProposalPreview'];

export type OutboxMessage = Schemas['OutboxMessage'];
export type MailStatus = Schemas['MailStatus'];

export type ImportJob = Schemas['ImportJob'];
export type ImportDetail = Schemas['ImportDetail'];
export type ImportRecordReport = Schemas['ImportRecord'];
export type InspectResult = Schemas['ImportInspection'];
export type Conflict = Schemas['ImportConflict'];
export type ImportFormat = InspectResult['format'];
export type ColumnMapping = InspectResult['suggestedMapping'];
export type MappingField = keyof ColumnMapping;
export type ExportFormat = QueryOf<'/api/v1/export'>['format'];
export type RestoreResult = Schemas['RestoreResult'];

export type Suggestion = Schemas['Suggestion'];
export type NeedSuggestion = Schemas['NeedSuggestion'];
export type PersonSuggestions = Schemas['PersonSuggestions'];
export type MatchPerson = Schemas['MatchPerson'];
export type PersonSource = Schemas['PersonSource'];
/** The 409 adding a person answers when their details already belong to someone. */
export type PersonAlreadyKnown = Schemas['PersonAlreadyKnown'];
export type SuggestionDismissal = Schemas['SuggestionDismissal'];
export type MatchingSettings = Schemas['MatchingSettings'];
export type MatchingStatus = Schemas['MatchingStatus'];

export type DuplicatePair = Schemas['DuplicatePair'];
export type MergeResult = Schemas['MergeResult'];
export type MergeBody = Schemas['MergeInput'];
export type MergeKeep = NonNullable<MergeBody['keep']>;

/** Request bodies are what the schemas accept (their input side, with defaults optional). */
export type PersonBody = Schemas['NewPerson'];
export type PersonPatchBody = Schemas['PersonPatch'];
export type NeedBody = Schemas['NeedInput'];
export type NeedPatchBody = Schemas['NeedPatch'];
export type OfferBody = Schemas['OfferInput'];
export type OfferPatchBody = Schemas['OfferPatch'];
export type InteractionBody = Schemas['InteractionInput'];
export type InteractionPatchBody = Schemas['InteractionPatch'];
export type IntroductionBody = Schemas['IntroductionInput'];
export type IntroductionPatchBody = Schemas['IntroductionPatch'];
export type AnswerBody = Schemas['AnswerInput'];
export type FollowUpAnswerBody = Schemas['FollowUpAnswerInput'];
export type WithdrawBody = Schemas['WithdrawInput'];
export type SignupBody = Schemas['SignupInput'];
export type AccountPatchBody = Schemas['AccountPatch'];
export type OutcomeBody = Schemas['OutcomeInput'];
export type SendReviewBody = Schemas['SendReview'];
export type ReconfirmBody = Schemas['ReconfirmInput'];
export type StepPreview = Schemas['StepPreview'];
export type SuggestionChoiceBody = Schemas['SuggestionChoice'];
export type MatchingSettingsPatchBody = Schemas['MatchingSettingsPatch'];

export type IntroState = Introduction['state'];
export type IntroKind = Introduction['kind'];
export type Party = Introduction['firstParty'];
export type ConsentStatus = Introduction['consent']['a']['status'];
export type ConsentLogEntry = IntroductionDetail['consentLog'][number];
export type IntroEventEntry = IntroductionDetail['events'][number];
export type OutcomeKind = OutcomeBody['outcome'];
export type AnswerChannel = NonNullable<AnswerBody['channel']>;
export type Channel = ConsentLogEntry['channel'];
export type OutboxStatus = OutboxMessage['status'];

export type NeedStatus = Need['status'];
export type OfferStatus = Offer['status'];
export type Urgency = Need['urgency'];
export type InteractionType = Interaction['type'];
export type Direction = Interaction['direction'];
