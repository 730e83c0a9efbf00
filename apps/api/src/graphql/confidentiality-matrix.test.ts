import type { Role } from '@rode-draad/shared';
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type GraphQLResponse } from '../test/client';
import { createFacet, createRecommendation, createScan, createTheme } from '../test/confidential-factories';
import { actAs, actAsInNewRegion, createUser, municipalityId } from '../test/factories';
import { createEnrolment, createGroup, createTrack } from '../test/peer-factories';
import { createActivity, createSession } from '../test/programme-factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { getSchema } from './schema';

/**
 * The authorization matrix: every query and mutation that touches confidential data (scans,
 * recommendations, follow-up, theme links, the audit log), run as every kind of viewer. Each
 * either succeeds, or is refused in a way that reveals nothing: role gates answer FORBIDDEN
 * regardless of the record, and records outside the viewer's scope answer exactly like ids
 * that do not exist.
 */

/** Types whose every field is confidential; reaching one from a new field needs a matrix entry. */
const CONFIDENTIAL_TYPES = new Set([
  'Scan',
  'Recommendation',
  'RecommendationPage',
  'TimelineEntry',
  'Attachment',
  'ScanRef',
  'AuditEntry',
  'AuditPage',
  // Who looked at a municipality's data is the municipality's business.
  'AuditActor',
  'RecommendationThemeSuggestions',
  'ExportFile',
  'ImportPreview',
  'ImportPreviewRow',
  'ImportRowError',
  // A message's text is for its recipient only; some kinds carry confidential data (follow-up reminders).
  'MyMessage',
  'MyMessagePage',
  // A municipality's enrolment in a peer-learning track and its declarations (brief, rule 6).
  'PeerEnrolment',
  // Staff's pairing (scores, explanations) and the groups as their members see them.
  'PeerProposal',
  'PeerProposalGroup',
  'PeerGroup',
  // Learning links of recommendations and the chain behind them; the offer on a recommendation's themes.
  'LearningLink',
  'LearningAttendance',
  'LearningAttendee',
  'LearningOfferItem',
  'TimelineLearning',
  // A municipality's follow-up over time and its re-scan comparison.
  'FollowUpProgress',
  'ProgressPoint',
  'ProgressGroup',
  'StatusCounts',
  'RescanComparison',
  'RescanMatch',
  // Which earlier recommendation a re-scan one carries over: content, like the recommendation.
  'CarriedOverChoice',
  'EarlierRecommendation',
  'RecommendationBrief',
  // Groups at work: meetings, the shared log, evaluations, staff's overview and the history.
  'PeerGroupWork',
  'PeerMeeting',
  'PeerLogEntry',
  'PeerGroupEvaluation',
  'PeerTrackOverview',
  'PeerHistoryTrack',
  // Who is invited to own which recommendation: confidential like the recommendation.
  'OwnerInvitation',
  // Consent behind the regional picture: the municipality's coordinators and the RIEC only.
  'ScanConsent',
  'RecommendationHoldBack',
  'HoldBackResult',
  // The home page: its follow-up and analysis sections read recommendations and scans.
  'Home',
  'HomeFollowUp',
  'HomeRecommendation',
  'HomeAnalysis',
  'HomeMunicipalityScan',
]);

/** Root fields that do not touch confidential rows, with the reason. Everything else needs a matrix entry. */
const NOT_CONFIDENTIAL: Record<string, string> = {
  'Query.me': 'own account',
  'Query.users': 'accounts (admin)',
  'Query.colleagues': "names of the own municipality's active users (coordinators; tested in features/users)",
  'Query.user': 'accounts (admin)',
  'Query.municipalities': 'public reference data',
  'Query.facets': 'scan framework, not results',
  'Query.themes': 'regional themes are shared by design; their links to recommendations are not exposed here',
  'Query.theme': 'idem',
  'Query.picturePreview':
    'disclosure-controlled aggregate, with learning → follow-up per theme and the contributing municipalities for analysts only (tested in features/picture)',
  'Query.pictureSnapshots': 'published disclosure-controlled snapshots',
  'Query.pictureSnapshot': 'idem',
  'Query.latestPicture': 'idem',
  'Query.disclosureSettings': 'k and n only',
  'Query.themePictureLine': "a theme's line of the latest published snapshot",
  'Mutation.login': 'authentication',
  'Mutation.logout': 'authentication',
  'Mutation.changePassword': 'own account',
  'Mutation.setLocale': 'own account',
  'Mutation.createUser': 'accounts (admin)',
  'Mutation.updateUser': 'accounts (admin)',
  'Mutation.setUserDisabled': 'accounts (admin)',
  'Query.roleGrants':
    'role grant requests: accounts and roles, no scan data (analysts of the region, admins; tested in features/role-grants)',
  'Mutation.approveRoleGrant': 'grants a role: the access it opens is tested in features/role-grants',
  'Mutation.rejectRoleGrant': 'role grant requests (tested in features/role-grants)',
  'Mutation.createFacet': 'scan framework',
  'Mutation.updateFacet': 'scan framework',
  'Mutation.setFacetActive': 'scan framework',
  'Mutation.reorderFacets': 'scan framework',
  'Mutation.createTheme': 'regional themes',
  'Mutation.updateTheme': 'regional themes',
  'Mutation.setThemeActive': 'regional themes',
  'Mutation.publishPicture': 'stores a disclosure-controlled aggregate (tested in features/picture)',
  'Mutation.setDisclosureThreshold': 'a region setting',
  'Query.regionalAdvice':
    "regional advice and the programme's answer: regional by design, read within the viewer's region only (tested in features/regional-advice)",
  'Mutation.answerRegionalAdvice':
    "the programme's answer to regional advice (staff; tested in features/regional-advice)",
  'Query.boardReport':
    'a published snapshot, its advice and learning totals under the k rule, never live picture data (tested in features/board-report)',
  'Query.programmes': 'learning programme: regional, not confidential (tested in features/programmes)',
  'Query.programme': 'idem',
  'Query.activities': 'idem',
  'Query.activity': 'idem',
  'Query.roadmap': 'idem; counts of planned activities and sessions only',
  'Query.roadmapCell': 'idem; titles of the activities and tracks of one theme and period',
  'Query.programmeBuilder': 'idem; reads only the published, disclosure-controlled picture snapshot',
  'Query.themeProgramme': 'idem; activities and sessions on a theme, no recommendation links',
  'Query.venues': 'learning programme (tested in features/sessions)',
  'Query.facilitators': 'idem; e-mail shown to programme staff only',
  'Query.sessions': 'idem',
  'Query.session': 'idem',
  'Query.overlappingSessions': 'idem',
  'Query.sessionSeriesPreview': 'idem; the planned sessions a series would clash or overlap with',
  'Query.sessionExtras':
    "a session's materials (staff and confirmed registrants only) and the viewer's own options; no scan data (tested in features/session-extras)",
  'Mutation.addSessionLink': 'session materials (staff; tested in features/session-extras)',
  'Mutation.removeSessionMaterial': 'idem',
  'Mutation.sendSessionMessage':
    'a message to registrants through the outbox (staff; tested in features/session-extras)',
  'Mutation.createProgramme': 'learning programme',
  'Mutation.updateProgramme': 'learning programme',
  'Mutation.createActivity': 'learning programme',
  'Mutation.updateActivity': 'learning programme',
  'Mutation.createVenue': 'learning programme',
  'Mutation.createFacilitator': 'learning programme',
  'Mutation.planSessions': 'learning programme',
  'Mutation.planSessionSeries': 'learning programme',
  'Mutation.updateSession': 'learning programme',
  'Mutation.cancelSession': 'learning programme',
  // Registrations are not scan data; but attendance of a municipality can reveal a weak spot, so a
  // municipality's registrations are shown only to themselves, their coordinators and programme staff
  // (tested in features/registrations, incl. other municipality → NOT_FOUND).
  'Query.myRegistrations': 'own registrations',
  'Query.sessionRegistrations':
    'registrations: staff all, coordinators their own municipality only (tested in features/registrations)',
  'Query.registrationsByMunicipality': 'registration counts per municipality, programme staff only',
  'Query.participantListCsv': 'participant list, programme staff only',
  'Query.sessionEvaluation':
    'anonymous aggregate, released once when the evaluation window closes, suppressed below k responses (tested in features/evaluations)',
  'Mutation.registerForSession': 'own registration',
  'Mutation.registerColleague': "a colleague of the coordinator's own municipality; others NOT_FOUND",
  'Mutation.cancelRegistration': 'own, own municipality (coordinator) or staff; others NOT_FOUND',
  'Mutation.recordAttendance': 'attendance, programme staff only',
  'Mutation.submitEvaluation': 'own evaluation',
  'Query.evaluationForm': "the activity's questions and the viewer's own answers only (tested in features/evaluations)",
  'Query.sessionEvaluationExport':
    'anonymous responses of a released session with at least k of them, no names or municipalities (tested in features/evaluations)',
  'Query.activityEvaluationExport': 'idem, per activity',
  'Mutation.saveEvaluationQuestions': 'learning programme',
  'Query.outbox':
    'delivery metadata of messages (admins): kind, status, address; never text or subject (tested in features/notifications)',
  'Mutation.retryOutboxMessage': 'idem',
  'Query.myCalendarFeeds': 'own calendar feeds (tested in features/calendars)',
  'Mutation.createCalendarFeed':
    'own feed of own registrations, own municipality (coordinators, no names) or a programme; no scan data',
  'Mutation.regenerateCalendarFeed': 'own feed; others NOT_FOUND',
  'Mutation.revokeCalendarFeed': 'own feed; others NOT_FOUND',
  'Query.peerTracks':
    'peer-learning tracks are the programme offer; enrolment counts under the k rule (tested in features/peer-learning)',
  'Query.peerTrack': 'idem',
  'Mutation.createPeerTrack': 'peer-learning track (programme staff)',
  'Mutation.updatePeerTrack': 'idem',
  'Query.invitation':
    'public, for the holder of an invitation link: address, name, municipality and expiry, never the recommendation (tested in features/invitations)',
  'Mutation.acceptInvitation':
    'public, for the holder of an invitation link: creates the account that becomes owner (tested in features/invitations)',
  'Mutation.setOverdueDigest': 'own account setting',
  'Query.accountInvitations':
    "invitations to new accounts (admins: all; coordinators: own municipality's, audited); no scan data (tested in features/invitations)",
  'Mutation.inviteAccount':
    'an invitation to a new account; coordinators only participants of their own municipality, privileged roles wait for approval (tested in features/invitations)',
  'Query.invitableRoles': "the roles the viewer's own permission lets them invite with",
  'Mutation.revokeAccountInvitation': 'idem; others NOT_FOUND',
  'Mutation.resendAccountInvitation': 'idem; others NOT_FOUND',
  'Mutation.requestPasswordReset':
    'public: the same answer whether or not the address has an account, throttled (tested in features/auth)',
  'Query.passwordReset': 'public, for the holder of a reset link: the address and expiry (tested in features/auth)',
  'Mutation.resetPassword': 'public, for the holder of a reset link: sets the password, ends all sessions',
};

type Actor =
  | 'ANONYMOUS'
  | 'ADMIN'
  | 'PROGRAMME_STAFF'
  | 'ANALYST'
  | 'ANALYST_OTHER_REGION'
  | 'COORDINATOR_OWN'
  | 'COORDINATOR_OTHER'
  | 'PARTICIPANT_ASSIGNED'
  | 'PARTICIPANT_OWN'
  | 'PARTICIPANT_OTHER';

const ACTOR_ROLE: Record<Exclude<Actor, 'ANONYMOUS'>, Role> = {
  ADMIN: 'ADMIN',
  PROGRAMME_STAFF: 'PROGRAMME_STAFF',
  ANALYST: 'RIEC_ANALYST',
  ANALYST_OTHER_REGION: 'RIEC_ANALYST',
  COORDINATOR_OWN: 'MUNICIPAL_COORDINATOR',
  COORDINATOR_OTHER: 'MUNICIPAL_COORDINATOR',
  PARTICIPANT_ASSIGNED: 'PARTICIPANT',
  PARTICIPANT_OWN: 'PARTICIPANT',
  PARTICIPANT_OTHER: 'PARTICIPANT',
};

const MISSING = '00000000-0000-4000-8000-00000000abcd';

/** A fresh Almelo scan and recommendation (assigned to PARTICIPANT_ASSIGNED) per call, so mutations never interfere. */
interface Target {
  scanId: string;
  recId: string;
}

interface Entry {
  /** Roles that pass the role gate. */
  roles: Role[];
  /** Actors who may see the (Almelo) target record. */
  sees: Actor[];
  /** Runs the operation against a target, or against `MISSING` ids when `target` has missing ids. */
  run(client: Client, target: Target): Promise<GraphQLResponse>;
  /** For lists: whether the result contains the target. Absent for by-id operations. */
  contains?(data: Record<string, unknown>, target: Target): boolean;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** A valid one-row import file for the target's scan, using the facet created in beforeAll. */
const IMPORT_FILE = Buffer.from('Titel;Facet;Prioriteit\r\nGeimporteerd;Matrixfacet;P2\r\n').toString('base64');

interface TestGroup {
  trackId: string;
  groupId: string;
  draftId: string;
  draftGroupId: string;
}

/** A published group of Almelo and Hengelo per target, and a draft proposal of the same group beside it. */
async function groupOf(t: Target): Promise<TestGroup> {
  if (t.recId === MISSING) {
    return { trackId: MISSING, groupId: MISSING, draftId: MISSING, draftGroupId: MISSING };
  }
  if (!groupFor.has(t.recId)) {
    const track = await createTrack(app);
    const enrolments = [await createEnrolment(app, track, 'GM0141'), await createEnrolment(app, track, 'GM0164')];
    const { groupId } = await createGroup(app, track, enrolments);
    const draft = await createGroup(app, track, enrolments, 'DRAFT');
    groupFor.set(t.recId, { trackId: track.id, groupId, draftId: draft.proposalId, draftGroupId: draft.groupId });
  }
  return groupFor.get(t.recId)!;
}

const MEETING_INPUT = {
  kind: 'SITE_VISIT',
  startsAt: '2031-03-04T09:00:00.000Z',
  endsAt: '2031-03-04T12:00:00.000Z',
  location: 'Stadhuis',
};

/** A planned meeting of the target's group. */
async function meetingOf(t: Target): Promise<string> {
  const group = await groupOf(t);
  if (group.groupId === MISSING) {
    return MISSING;
  }
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO peer_group_meetings (group_id, region_id, kind, starts_at, ends_at, location)
     SELECT id, region_id, 'INTERVISIE', '2031-01-01T09:00Z', '2031-01-01T11:00Z', 'Stadhuis' FROM peer_groups
      WHERE id = $1 RETURNING id`,
    [group.groupId],
  );
  return row!.id;
}

/** A log entry of the target's group's meeting, written by an Almelo colleague of no actor. */
async function logEntryOf(t: Target): Promise<string> {
  const meetingId = await meetingOf(t);
  if (meetingId === MISSING) {
    return MISSING;
  }
  const author = await createUser(app, 'PARTICIPANT', { municipality: 'GM0141' });
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO peer_group_log_entries (meeting_id, group_id, region_id, author_user_id, author_municipality_id, discussed)
     SELECT m.id, m.group_id, m.region_id, $2, $3, 'Besproken' FROM peer_group_meetings m WHERE m.id = $1 RETURNING id`,
    [meetingId, author.id, almeloId],
  );
  return row!.id;
}

/** A fresh open track with an Almelo enrolment per target, for the peer-learning entries. */
async function enrolmentOf(t: Target): Promise<{ trackId: string; enrolmentId: string }> {
  if (t.recId === MISSING) {
    return { trackId: MISSING, enrolmentId: MISSING };
  }
  if (!enrolmentFor.has(t.recId)) {
    const track = await createTrack(app);
    enrolmentFor.set(t.recId, { trackId: track.id, enrolmentId: await createEnrolment(app, track, 'GM0141') });
  }
  return enrolmentFor.get(t.recId)!;
}

const ENROLMENT_INPUT = {
  declarations: [],
  availableMonths: [],
  contactUserIds: [],
  preferences: [],
  consentShowGoals: true,
};

/** A learning link of the target (to the matrix activity), for the unlink entry. */
async function learningLinkOf(t: Target): Promise<string> {
  if (t.recId === MISSING) {
    return MISSING;
  }
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO recommendation_learning_links (recommendation_id, region_id, municipality_id, activity_id)
     SELECT id, region_id, municipality_id, $2 FROM recommendations WHERE id = $1 RETURNING id`,
    [t.recId, activityId],
  );
  return row!.id;
}

const MATRIX: Record<string, Entry> = {
  'Query.scans': {
    roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR'],
    sees: ['ANALYST', 'COORDINATOR_OWN'],
    run: (c) => c.gql(`{ scans { id municipality { code } } }`),
    contains: (d, t) => ids(d.scans as { id: string }[]).includes(t.scanId),
  },
  'Query.scan': {
    roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR'],
    sees: ['ANALYST', 'COORDINATOR_OWN'],
    run: (c, t) => c.gql(`query ($id: ID!) { scan(id: $id) { id summary } }`, { id: t.scanId }),
  },
  'Query.recommendations': {
    roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['ANALYST', 'COORDINATOR_OWN', 'PARTICIPANT_ASSIGNED'],
    run: (c) =>
      c.gql(
        `{ recommendations(page: { offset: 0, limit: 100 }) { total items { id title themes { id } timeline { kind note attachment { id } } scan { id } } } }`,
      ),
    contains: (d, t) => ids((d.recommendations as { items: { id: string }[] }).items).includes(t.recId),
  },
  'Query.recommendation': {
    roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['ANALYST', 'COORDINATOR_OWN', 'PARTICIPANT_ASSIGNED'],
    run: (c, t) =>
      c.gql(
        `query ($id: ID!) { recommendation(id: $id) { id title body themes { id } timeline { kind note links } } }`,
        {
          id: t.recId,
        },
      ),
  },
  'Query.recommendationExport': {
    roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['ANALYST', 'COORDINATOR_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) => {
      const [row] = await app.owner.query<{ title: string }[]>('SELECT title FROM recommendations WHERE id = $1', [
        t.recId,
      ]);
      exportedTitle.set(t.recId, row!.title);
      return c.gql(`{ recommendationExport(format: CSV) { fileName contentBase64 } }`);
    },
    contains: (d, t) =>
      Buffer.from((d.recommendationExport as { contentBase64: string }).contentBase64, 'base64')
        .toString('utf8')
        .includes(exportedTitle.get(t.recId)!),
  },
  'Query.auditLog': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: async (c, t) => {
      // An analyst reads the target first, so the Almelo log has an entry about it.
      await clients.get('ANALYST')!.ok(`query ($id: ID!) { recommendation(id: $id) { id } }`, { id: t.recId });
      return c.gql(`{ auditLog(paging: { first: 100 }) { items { entityId } } }`);
    },
    contains: (d, t) => (d.auditLog as { items: { entityId: string }[] }).items.some((i) => i.entityId === t.recId),
  },
  'Query.auditActors': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: async (c, t) => {
      // The analyst reading the target puts them in the Almelo log.
      await clients.get('ANALYST')!.ok(`query ($id: ID!) { recommendation(id: $id) { id } }`, { id: t.recId });
      return c.gql(`{ auditActors { id } }`);
    },
    contains: (d) => ids(d.auditActors as { id: string }[]).includes(analystUserId),
  },
  'Mutation.createScan': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: async (c, t) => {
      const municipality = t.scanId === MISSING ? MISSING : almeloId;
      return c.gql(`mutation ($input: ScanInput!) { createScan(input: $input) { id } }`, {
        input: { municipalityId: municipality, scanDate: '2024-02-01', kind: 'RESCAN', scope: '', summary: '' },
      });
    },
  },
  'Mutation.updateScan': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(
        `mutation ($id: ID!, $input: ScanInput!) { updateScan(id: $id, input: $input, expectedVersion: 1) { id } }`,
        {
          id: t.scanId,
          input: { municipalityId: almeloId, scanDate: '2021-07-01', kind: 'BASELINE', scope: 'x', summary: 'y' },
        },
      ),
  },
  'Mutation.deleteScan': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) => c.gql(`mutation ($id: ID!) { deleteScan(id: $id, expectedVersion: 1) }`, { id: t.scanId }),
  },
  'Mutation.createRecommendation': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(`mutation ($input: NewRecommendationInput!) { createRecommendation(input: $input) { id } }`, {
        input: { scanId: t.scanId, title: 'Nieuw', body: '', facetId, priority: 'P2' },
      }),
  },
  'Mutation.updateRecommendation': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(
        `mutation ($id: ID!, $input: RecommendationInput!) { updateRecommendation(id: $id, input: $input, expectedVersion: 1) { id } }`,
        {
          id: t.recId,
          input: { title: 'Gewijzigd', body: '', facetId, priority: 'P1' },
        },
      ),
  },
  'Mutation.deleteRecommendation': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) => c.gql(`mutation ($id: ID!) { deleteRecommendation(id: $id, expectedVersion: 1) }`, { id: t.recId }),
  },
  'Mutation.setRecommendationThemes': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(
        `mutation ($id: ID!, $themeIds: [ID!]!) { setRecommendationThemes(id: $id, themeIds: $themeIds, expectedVersion: 1) { id } }`,
        {
          id: t.recId,
          themeIds: [themeId],
        },
      ),
  },
  'Mutation.linkRecommendationsToThemes': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(
        `mutation ($ids: [ID!]!, $themeIds: [ID!]!) { linkRecommendationsToThemes(ids: $ids, themeIds: $themeIds, expectedVersions: [1]) { id } }`,
        { ids: [t.recId], themeIds: [themeId] },
      ),
  },
  'Query.carriedOverChoice': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) => c.gql(`query ($id: ID!) { carriedOverChoice(id: $id) { candidates { id } } }`, { id: t.recId }),
  },
  'Mutation.setRecommendationCarriedOver': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(`mutation ($id: ID!) { setRecommendationCarriedOver(id: $id, fromId: null, expectedVersion: 1) { id } }`, {
        id: t.recId,
      }),
  },
  'Query.themeSuggestions': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(`query ($ids: [ID!]!) { themeSuggestions(recommendationIds: $ids) { recommendationId } }`, {
        ids: [t.recId],
      }),
  },
  'Mutation.recordFollowUp': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: (c, t) =>
      c.gql(
        `mutation ($id: ID!, $input: FollowUpInput!) { recordFollowUp(id: $id, input: $input) { id timeline { kind } } }`,
        {
          id: t.recId,
          input: {
            status: 'IN_PROGRESS',
            note: 'Voortgang',
            links: ['https://intranet.example/x'],
            expectedVersion: 1,
          },
        },
      ),
  },
  // Learning links, progress by owners, progress over time (features/learning-links, follow-up, follow-up-progress).
  'Query.learningOffer': {
    roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['ANALYST', 'COORDINATOR_OWN', 'PARTICIPANT_ASSIGNED'],
    run: (c, t) =>
      c.gql(`query ($id: ID!) { learningOffer(recommendationId: $id) { kind id title linkId } }`, { id: t.recId }),
  },
  'Mutation.linkRecommendationToLearning': {
    roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR'],
    sees: ['ANALYST', 'COORDINATOR_OWN'],
    run: (c, t) =>
      c.gql(
        `mutation ($id: ID!, $target: LearningTargetInput!) { linkRecommendationToLearning(recommendationId: $id, target: $target) { id attendance { registered } } }`,
        { id: t.recId, target: { kind: 'ACTIVITY', id: activityId } },
      ),
  },
  'Mutation.unlinkRecommendationFromLearning': {
    roles: ['RIEC_ANALYST', 'MUNICIPAL_COORDINATOR'],
    sees: ['ANALYST', 'COORDINATOR_OWN'],
    run: async (c, t) =>
      c.gql(`mutation ($id: ID!) { unlinkRecommendationFromLearning(linkId: $id) }`, { id: await learningLinkOf(t) }),
  },
  // Consent behind the regional picture (features/consent).
  'Mutation.setScanConsent': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: (c, t) =>
      c.gql(
        `mutation ($id: ID!, $input: ScanConsentInput!) { setScanConsent(scanId: $id, input: $input, expectedVersion: 0) { status version } }`,
        { id: t.scanId, input: { status: 'AGREED', basis: 'Collegebesluit' } },
      ),
  },
  'Mutation.holdBackRecommendation': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: (c, t) =>
      c.gql(`mutation ($id: ID!) { holdBackRecommendation(recommendationId: $id) { holdBack { heldBackAt } } }`, {
        id: t.recId,
      }),
  },
  'Mutation.releaseRecommendation': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: (c, t) =>
      c.gql(`mutation ($id: ID!) { releaseRecommendation(recommendationId: $id) { recommendationId } }`, {
        id: t.recId,
      }),
  },
  'Mutation.recordProgress': {
    roles: ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['COORDINATOR_OWN', 'PARTICIPANT_ASSIGNED'],
    run: (c, t) =>
      c.gql(`mutation ($id: ID!, $input: ProgressInput!) { recordProgress(id: $id, input: $input) { id } }`, {
        id: t.recId,
        input: { note: 'Voortgang van de eigenaar' },
      }),
  },
  'Query.home': {
    roles: ['ADMIN', 'PROGRAMME_STAFF', 'RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['COORDINATOR_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) => {
      // Due tomorrow: on the home page of whoever follows it up.
      await app.owner.query(`UPDATE recommendations SET due_date = current_date + 1 WHERE id = $1`, [t.recId]);
      return c.gql(
        `{ home { followUp { dueSoon { id title } overdue { id } } analysis { municipalities { name } } } }`,
      );
    },
    contains: (d, t) => {
      const home = d.home as { followUp: { dueSoon: { id: string }[] } | null };
      return ids(home.followUp?.dueSoon ?? []).includes(t.recId);
    },
  },
  'Query.followUpProgress': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: (c) => c.gql(`{ followUpProgress { byFacet { id counts { total } } series { month } } }`),
    // The matrix facet is used by the (Almelo) targets only.
    contains: (d) =>
      (d.followUpProgress as { byFacet: { id: string }[] }).byFacet.some((group) => group.id === facetId),
  },
  'Query.previewRecommendationImport': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(
        `query ($scanId: ID!, $file: String!) { previewRecommendationImport(scanId: $scanId, format: CSV, contentBase64: $file) { rows { title } errors { row } } }`,
        { scanId: t.scanId, file: IMPORT_FILE },
      ),
  },
  'Query.myMessages': {
    roles: ['ADMIN', 'PROGRAMME_STAFF', 'RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['PARTICIPANT_ASSIGNED'],
    run: async (c, t) => {
      // A message to the assigned participant, standing in for one about the target.
      const [row] = await app.owner.query<{ id: string }[]>(
        `INSERT INTO notification_outbox (kind, confidentiality, recipient_user_id, payload)
         VALUES ('REGISTERED', 'PERSONAL', $1, jsonb_build_object('sessionId', $2::text, 'registrationId', $3::text)) RETURNING id::text`,
        [assignedParticipantId, messageSessionId, t.recId],
      );
      messageFor.set(t.recId, row!.id);
      return c.gql(`{ myMessages(page: { offset: 0, limit: 100 }) { total items { id subject text } } }`);
    },
    contains: (d, t) => ids((d.myMessages as { items: { id: string }[] }).items).includes(messageFor.get(t.recId)!),
  },
  'Query.ownerInvitations': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: (c, t) => c.gql(`query ($id: ID!) { ownerInvitations(recommendationId: $id) { id email } }`, { id: t.recId }),
  },
  'Mutation.inviteOwner': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: (c, t) =>
      c.gql(`mutation ($input: InviteOwnerInput!) { inviteOwner(input: $input) { id } }`, {
        input: { recommendationId: t.recId, email: 'matrix.collega@almelo.example', name: 'Matrix' },
      }),
  },
  'Mutation.revokeInvitation': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: async (c, t) => {
      let id = MISSING;
      if (t.recId !== MISSING) {
        const [row] = await app.owner.query<{ id: string }[]>(
          `INSERT INTO invitations (purpose, email, name, region_id, municipality_id, role, recommendation_id, token_hash, expires_at)
           SELECT 'RECOMMENDATION_OWNER', 'matrix@almelo.example', 'Matrix', region_id, municipality_id, 'PARTICIPANT', id,
                  encode(sha256(gen_random_uuid()::text::bytea), 'hex'), now() + interval '1 day'
             FROM recommendations WHERE id = $1 RETURNING id`,
          [t.recId],
        );
        id = row!.id;
      }
      return c.gql(`mutation ($id: ID!) { revokeInvitation(id: $id) { id status } }`, { id });
    },
  },
  'Mutation.importRecommendations': {
    roles: ['RIEC_ANALYST'],
    sees: ['ANALYST'],
    run: (c, t) =>
      c.gql(
        `mutation ($scanId: ID!, $file: String!) { importRecommendations(scanId: $scanId, format: CSV, contentBase64: $file) { imported } }`,
        { scanId: t.scanId, file: IMPORT_FILE },
      ),
  },
  // Peer learning (features/peer-learning).
  'Query.myPeerGroups': {
    roles: ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['COORDINATOR_OWN', 'PARTICIPANT_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) => {
      await groupOf(t);
      return c.gql(`{ myPeerGroups { id members { name contacts { email } } pairedGoals { goalTitle } } }`);
    },
    contains: (d, t) => ids(d.myPeerGroups as { id: string }[]).includes(groupFor.get(t.recId)!.groupId),
  },
  'Query.peerGroup': {
    roles: ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['COORDINATOR_OWN', 'PARTICIPANT_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) =>
      c.gql(`query ($id: ID!) { peerGroup(id: $id) { id members { name } pairedGoals { goalId } } }`, {
        id: (await groupOf(t)).groupId,
      }),
  },
  'Query.peerGroupWork': {
    roles: ['PROGRAMME_STAFF', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['PROGRAMME_STAFF', 'COORDINATOR_OWN', 'PARTICIPANT_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) =>
      c.gql(`query ($id: ID!) { peerGroupWork(groupId: $id) { groupId meetings { id log { discussed } } } }`, {
        id: (await groupOf(t)).groupId,
      }),
  },
  'Mutation.planPeerMeeting': {
    roles: ['PROGRAMME_STAFF', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['PROGRAMME_STAFF', 'COORDINATOR_OWN', 'PARTICIPANT_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) =>
      c.gql(`mutation ($id: ID!, $input: PeerMeetingInput!) { planPeerMeeting(groupId: $id, input: $input) { id } }`, {
        id: (await groupOf(t)).groupId,
        input: MEETING_INPUT,
      }),
  },
  'Mutation.updatePeerMeeting': {
    roles: ['PROGRAMME_STAFF', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['PROGRAMME_STAFF', 'COORDINATOR_OWN', 'PARTICIPANT_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) =>
      c.gql(
        `mutation ($id: ID!, $input: PeerMeetingInput!) { updatePeerMeeting(meetingId: $id, expectedVersion: 1, input: $input) { id } }`,
        { id: await meetingOf(t), input: MEETING_INPUT },
      ),
  },
  'Mutation.cancelPeerMeeting': {
    roles: ['PROGRAMME_STAFF', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['PROGRAMME_STAFF', 'COORDINATOR_OWN', 'PARTICIPANT_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) =>
      c.gql(`mutation ($id: ID!) { cancelPeerMeeting(meetingId: $id, expectedVersion: 1) { id } }`, {
        id: await meetingOf(t),
      }),
  },
  'Mutation.addPeerLogEntry': {
    roles: ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['COORDINATOR_OWN', 'PARTICIPANT_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) =>
      c.gql(`mutation ($id: ID!) { addPeerLogEntry(meetingId: $id, input: { discussed: "Besproken" }) { id } }`, {
        id: await meetingOf(t),
      }),
  },
  // The entry is written by another Almelo colleague: only its author edits it, every other member
  // gets the answer of a missing entry.
  'Mutation.updatePeerLogEntry': {
    roles: ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: [],
    run: async (c, t) =>
      c.gql(
        `mutation ($id: ID!) { updatePeerLogEntry(entryId: $id, expectedVersion: 1, input: { discussed: "Anders" }) { id } }`,
        { id: await logEntryOf(t) },
      ),
  },
  'Mutation.evaluatePeerGroup': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: async (c, t) => {
      const group = await groupOf(t);
      await app.owner.query(
        `UPDATE peer_tracks SET evaluation_closes_at = enrolment_closes_at + interval '1 day' WHERE id = $1::text::uuid`,
        [group.trackId === MISSING ? null : group.trackId],
      );
      return c.gql(`mutation ($id: ID!) { evaluatePeerGroup(groupId: $id, input: { rating: 4 }) { rating } }`, {
        id: group.groupId,
      });
    },
  },
  'Query.peerTrackOverview': {
    roles: ['PROGRAMME_STAFF'],
    sees: ['PROGRAMME_STAFF'],
    run: async (c, t) =>
      c.gql(`query ($id: ID!) { peerTrackOverview(trackId: $id) { groups { groupId members { name } } } }`, {
        id: (await groupOf(t)).trackId,
      }),
  },
  'Query.myPeerHistory': {
    roles: ['MUNICIPAL_COORDINATOR', 'PARTICIPANT'],
    sees: ['COORDINATOR_OWN', 'PARTICIPANT_OWN', 'PARTICIPANT_ASSIGNED'],
    run: async (c, t) => {
      await groupOf(t);
      return c.gql(`{ myPeerHistory { trackId partners { name } } }`);
    },
    contains: (d, t) =>
      (d.myPeerHistory as { trackId: string }[]).some((h) => h.trackId === groupFor.get(t.recId)!.trackId),
  },
  'Mutation.runPeerPairing': {
    roles: ['PROGRAMME_STAFF'],
    sees: ['PROGRAMME_STAFF'],
    run: async (c, t) =>
      c.gql(`mutation ($id: ID!) { runPeerPairing(trackId: $id) { id total } }`, { id: (await groupOf(t)).trackId }),
  },
  'Mutation.setPeerGroupLocked': {
    roles: ['PROGRAMME_STAFF'],
    sees: ['PROGRAMME_STAFF'],
    run: async (c, t) =>
      c.gql(`mutation ($id: ID!) { setPeerGroupLocked(groupId: $id, locked: true, expectedVersion: 1) { id } }`, {
        id: (await groupOf(t)).draftGroupId,
      }),
  },
  'Query.previewPeerArrangement': {
    roles: ['PROGRAMME_STAFF'],
    sees: ['PROGRAMME_STAFF'],
    run: async (c, t) =>
      c.gql(
        `query ($id: ID!, $a: PeerArrangementInput!) { previewPeerArrangement(proposalId: $id, arrangement: $a) { total } }`,
        { id: (await groupOf(t)).draftId, a: { groups: [{ municipalityIds: [almeloId, hengeloId] }] } },
      ),
  },
  'Mutation.rearrangePeerGroups': {
    roles: ['PROGRAMME_STAFF'],
    sees: ['PROGRAMME_STAFF'],
    run: async (c, t) =>
      c.gql(
        `mutation ($id: ID!, $a: PeerArrangementInput!) { rearrangePeerGroups(proposalId: $id, arrangement: $a, expectedVersion: 1) { id } }`,
        { id: (await groupOf(t)).draftId, a: { groups: [{ municipalityIds: [almeloId, hengeloId] }] } },
      ),
  },
  'Mutation.publishPeerProposal': {
    roles: ['PROGRAMME_STAFF'],
    sees: ['PROGRAMME_STAFF'],
    run: async (c, t) =>
      c.gql(`mutation ($id: ID!) { publishPeerProposal(proposalId: $id, expectedVersion: 1) { id status } }`, {
        id: (await groupOf(t)).draftId,
      }),
  },
  'Query.peerProposal': {
    roles: ['PROGRAMME_STAFF'],
    sees: ['PROGRAMME_STAFF'],
    run: async (c, t) =>
      c.gql(`query ($id: ID!) { peerProposal(trackId: $id) { id total groups { score learning { points } } } }`, {
        id: (await groupOf(t)).trackId,
      }),
  },
  'Query.peerEnrolments': {
    roles: ['PROGRAMME_STAFF', 'MUNICIPAL_COORDINATOR'],
    sees: ['PROGRAMME_STAFF', 'COORDINATOR_OWN'],
    run: async (c, t) =>
      c.gql(`query ($id: ID!) { peerEnrolments(trackId: $id) { id declarations { need } preferences { kind } } }`, {
        id: (await enrolmentOf(t)).trackId,
      }),
    contains: (d, t) => ids(d.peerEnrolments as { id: string }[]).includes(enrolmentFor.get(t.recId)!.enrolmentId),
  },
  'Mutation.enrolInPeerTrack': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: async (c, t) => {
      const track = t.recId === MISSING ? { id: MISSING } : await createTrack(app);
      return c.gql(
        `mutation ($trackId: ID!, $m: ID!, $input: PeerEnrolmentInput!) { enrolInPeerTrack(trackId: $trackId, municipalityId: $m, input: $input) { id } }`,
        { trackId: track.id, m: t.recId === MISSING ? MISSING : almeloId, input: ENROLMENT_INPUT },
      );
    },
  },
  'Mutation.updatePeerEnrolment': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: async (c, t) =>
      c.gql(
        `mutation ($id: ID!, $input: PeerEnrolmentInput!) { updatePeerEnrolment(id: $id, input: $input, expectedVersion: 1) { id } }`,
        { id: (await enrolmentOf(t)).enrolmentId, input: ENROLMENT_INPUT },
      ),
  },
  'Mutation.withdrawPeerEnrolment': {
    roles: ['MUNICIPAL_COORDINATOR'],
    sees: ['COORDINATOR_OWN'],
    run: async (c, t) =>
      c.gql(`mutation ($id: ID!) { withdrawPeerEnrolment(id: $id, expectedVersion: 1) { id } }`, {
        id: (await enrolmentOf(t)).enrolmentId,
      }),
  },
};

let app: TestApp;
let schema: GraphQLSchema;
let almeloId: string;
let hengeloId: string;
let facetId: string;
let themeId: string;
let activityId: string;
let assignedParticipantId: string;
let analystUserId: string;
let messageSessionId: string;
/** The message written for each target by the Query.myMessages entry. */
const messageFor = new Map<string, string>();
/** The peer-learning enrolment made for each target. */
const enrolmentFor = new Map<string, { trackId: string; enrolmentId: string }>();
/** The peer group made for each target. */
const groupFor = new Map<string, TestGroup>();
const clients = new Map<Actor, Client>();
/** The target's title, which the export's file must (not) contain. */
const exportedTitle = new Map<string, string>();

async function freshTarget(): Promise<Target> {
  const scanId = await createScan(app, 'GM0141');
  const recId = await createRecommendation(app, scanId, facetId, { ownerUserId: assignedParticipantId });
  return { scanId, recId };
}

beforeAll(async () => {
  app = await startTestApp();
  schema = await getSchema();
  almeloId = await municipalityId(app, 'GM0141');
  hengeloId = await municipalityId(app, 'GM0164');
  facetId = await createFacet(app, 'Matrixfacet');
  themeId = await createTheme(app, 'Matrixthema');
  activityId = await createActivity(app, { themeIds: [themeId] });
  messageSessionId = await createSession(app);
  clients.set('ANONYMOUS', new Client(app));
  clients.set('ANALYST_OTHER_REGION', (await actAsInNewRegion(app, 'RIEC_ANALYST')).client);
  for (const actor of Object.keys(ACTOR_ROLE) as Exclude<Actor, 'ANONYMOUS'>[]) {
    if (actor === 'ANALYST_OTHER_REGION') {
      continue;
    }
    const municipality = actor.endsWith('_OTHER') ? 'GM0153' : 'GM0141';
    const { client, user } = await actAs(app, ACTOR_ROLE[actor], { municipality });
    clients.set(actor, client);
    if (actor === 'PARTICIPANT_ASSIGNED') {
      assignedParticipantId = user.id;
    }
    if (actor === 'ANALYST') {
      analystUserId = user.id;
    }
  }
});
afterAll(() => app.close());

describe('authorization matrix', () => {
  it('covers every root field that is not declared non-confidential', () => {
    const rootFields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.keys(type.getFields()).map((name) => `${type.name}.${name}`),
    );
    const unclassified = rootFields.filter((f) => !(f in MATRIX) && !(f in NOT_CONFIDENTIAL));
    expect(unclassified).toEqual([]);
    expect(Object.keys(MATRIX).filter((f) => !rootFields.includes(f))).toEqual([]);
  });

  it('no non-confidential type has a field that leads into confidential data', () => {
    const leaks: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || CONFIDENTIAL_TYPES.has(type.name)) {
        continue;
      }
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        if (CONFIDENTIAL_TYPES.has(getNamedType(field.type).name) && !(key in MATRIX)) {
          leaks.push(key);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  for (const [field, entry] of Object.entries(MATRIX)) {
    it(`${field}: as every viewer`, async () => {
      for (const [actor, client] of clients) {
        const target = await freshTarget();
        const result = await entry.run(client, target);
        const label = `${field} as ${actor}`;
        const role = actor === 'ANONYMOUS' ? null : ACTOR_ROLE[actor];
        const code = result.errors?.[0]?.extensions?.code;
        if (role === null) {
          expect(code, label).toBe('UNAUTHENTICATED');
        } else if (!entry.roles.includes(role)) {
          expect(code, label).toBe('FORBIDDEN');
        } else if (entry.contains) {
          expect(result.errors, label).toBeUndefined();
          expect(entry.contains(result.data as Record<string, unknown>, target), label).toBe(
            entry.sees.includes(actor),
          );
        } else if (entry.sees.includes(actor)) {
          expect(result.errors, label).toBeUndefined();
        } else {
          // Refused for scope: exactly the answer for ids that do not exist.
          const missing = await entry.run(client, { scanId: MISSING, recId: MISSING });
          expect(missing.errors?.[0]?.extensions?.code, label).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
          expect(result.errors, label).toEqual(missing.errors);
          expect(result.data ?? null, label).toEqual(missing.data ?? null);
        }
      }
    });
  }
});

describe('consent fields as every viewer', () => {
  it("Scan.consent and Recommendation.holdBack: the municipality's coordinators and the RIEC only", async () => {
    const target = await freshTarget();
    await app.owner.query(
      `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis)
       SELECT id, region_id, municipality_id, 'AGREED', 'Collegebesluit' FROM scans WHERE id = $1`,
      [target.scanId],
    );
    await app.owner.query(
      `INSERT INTO recommendation_holdbacks (recommendation_id, region_id, municipality_id)
       SELECT id, region_id, municipality_id FROM recommendations WHERE id = $1`,
      [target.recId],
    );
    const readers: Actor[] = ['ANALYST', 'COORDINATOR_OWN'];
    for (const [actor, client] of clients) {
      const scan = await client.gql<{ scan: { consent: { status: string } | null } }>(
        `query ($id: ID!) { scan(id: $id) { consent { status basis } } }`,
        { id: target.scanId },
      );
      const rec = await client.gql<{ recommendation: { holdBack: { heldBackAt: string } | null } }>(
        `query ($id: ID!) { recommendation(id: $id) { holdBack { heldBackAt } timeline { kind } } }`,
        { id: target.recId },
      );
      if (readers.includes(actor)) {
        expect(scan.data?.scan.consent?.status, actor).toBe('AGREED');
        expect(rec.data?.recommendation.holdBack, actor).not.toBeNull();
      } else {
        // Either the record is out of reach altogether, or (its owner) the consent parts are empty.
        expect(scan.data?.scan?.consent ?? null, actor).toBeNull();
        expect(rec.data?.recommendation?.holdBack ?? null, actor).toBeNull();
      }
    }
  });
});
