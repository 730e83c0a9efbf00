/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": typeof types.ChangePasswordDocument,
    "query DigestSetting {\n  me {\n    id\n    overdueDigest\n  }\n}": typeof types.DigestSettingDocument,
    "mutation SetLocale($locale: Locale!) {\n  setLocale(locale: $locale) {\n    id\n    locale\n  }\n}": typeof types.SetLocaleDocument,
    "mutation SetOverdueDigest($enabled: Boolean!) {\n  setOverdueDigest(enabled: $enabled) {\n    id\n    overdueDigest\n  }\n}": typeof types.SetOverdueDigestDocument,
    "fragment AdminUserFields on User {\n  id\n  email\n  name\n  role\n  disabled\n  version\n  createdAt\n  municipality {\n    id\n    name\n  }\n  pendingRoleGrant {\n    id\n    requestedRole\n    municipality {\n      id\n      name\n    }\n  }\n}": typeof types.AdminUserFieldsFragmentDoc,
    "query AdminUser($id: ID!) {\n  user(id: $id) {\n    ...AdminUserFields\n  }\n}": typeof types.AdminUserDocument,
    "query Municipalities {\n  municipalities {\n    id\n    code\n    name\n  }\n}": typeof types.MunicipalitiesDocument,
    "mutation SetUserDisabled($id: ID!, $disabled: Boolean!, $expectedVersion: Int!) {\n  setUserDisabled(id: $id, disabled: $disabled, expectedVersion: $expectedVersion) {\n    id\n    disabled\n    version\n  }\n}": typeof types.SetUserDisabledDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...AdminUserFields\n  }\n}": typeof types.UpdateUserDocument,
    "query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {\n  users(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...AdminUserFields\n    }\n  }\n}": typeof types.UsersDocument,
    "query AuditLog($filter: AuditFilterInput, $paging: AuditPageInput) {\n  auditLog(filter: $filter, paging: $paging) {\n    total\n    totalCapped\n    olderCursor\n    newerCursor\n    items {\n      id\n      at\n      actorName\n      actorEmail\n      actorRole\n      action\n      entity\n      entityId\n      count\n      requestId\n    }\n  }\n}\n\nquery AuditActors {\n  auditActors {\n    id\n    name\n    email\n  }\n}": typeof types.AuditLogDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": typeof types.MeDocument,
    "query PasswordResetPreview($token: String!) {\n  passwordReset(token: $token) {\n    email\n    expiresAt\n  }\n}": typeof types.PasswordResetPreviewDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": typeof types.ResetPasswordDocument,
    "fragment ViewerFields on User {\n  id\n  email\n  name\n  role\n  permissions\n  locale\n  municipality {\n    id\n    code\n    name\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "query BoardReport($snapshotId: ID!) {\n  boardReport(snapshotId: $snapshotId) {\n    generatedAt\n    snapshot {\n      ...PictureSnapshotFields\n    }\n    advice {\n      ...RegionalAdviceFields\n    }\n    learning {\n      until\n      activities\n      sessionsHeld\n      attendances {\n        kind\n        value\n        bound\n      }\n      attendingMunicipalities {\n        kind\n        value\n        bound\n      }\n      tracks\n      enrolledMunicipalities {\n        kind\n        value\n        bound\n      }\n      peerGroups\n    }\n  }\n}": typeof types.BoardReportDocument,
    "fragment CalendarFeedFields on CalendarFeed {\n  id\n  scope\n  createdAt\n  municipality {\n    id\n    name\n  }\n  programme {\n    id\n    name\n  }\n}": typeof types.CalendarFeedFieldsFragmentDoc,
    "query CalendarFeedProgrammes {\n  programmes {\n    id\n    name\n    status\n  }\n}": typeof types.CalendarFeedProgrammesDocument,
    "mutation CreateCalendarFeed($scope: CalendarFeedScope!, $programmeId: ID) {\n  createCalendarFeed(scope: $scope, programmeId: $programmeId) {\n    url\n    feed {\n      ...CalendarFeedFields\n    }\n  }\n}": typeof types.CreateCalendarFeedDocument,
    "query MyCalendarFeeds {\n  myCalendarFeeds {\n    ...CalendarFeedFields\n  }\n}": typeof types.MyCalendarFeedsDocument,
    "mutation RegenerateCalendarFeed($id: ID!) {\n  regenerateCalendarFeed(id: $id) {\n    url\n    feed {\n      ...CalendarFeedFields\n    }\n  }\n}": typeof types.RegenerateCalendarFeedDocument,
    "mutation RevokeCalendarFeed($id: ID!) {\n  revokeCalendarFeed(id: $id)\n}": typeof types.RevokeCalendarFeedDocument,
    "query ActivityEvaluationExport($activityId: ID!) {\n  activityEvaluationExport(activityId: $activityId) {\n    filename\n    csv\n    sessions\n  }\n}": typeof types.ActivityEvaluationExportDocument,
    "query ActivityEvaluationQuestions($id: ID!) {\n  activity(id: $id) {\n    id\n    viewerCan {\n      edit\n    }\n    evaluationQuestions {\n      isDefault\n      version\n      questions {\n        ...EvaluationQuestionFields\n        answered\n      }\n    }\n  }\n}": typeof types.ActivityEvaluationQuestionsDocument,
    "query EvaluationForm($sessionId: ID!) {\n  evaluationForm(sessionId: $sessionId) {\n    sessionId\n    closesAt\n    open\n    questions {\n      ...EvaluationQuestionFields\n    }\n    mine {\n      submittedAt\n      updatedAt\n      answers {\n        questionId\n        questionText\n        rating\n        text\n      }\n    }\n  }\n}": typeof types.EvaluationFormDocument,
    "fragment EvaluationQuestionFields on EvaluationQuestion {\n  id\n  kind\n  text\n  scaleMax\n  lowLabel\n  highLabel\n  required\n  retired\n}": typeof types.EvaluationQuestionFieldsFragmentDoc,
    "mutation SaveEvaluationQuestions($activityId: ID!, $expectedVersion: Int!, $questions: [EvaluationQuestionInput!]!) {\n  saveEvaluationQuestions(\n    activityId: $activityId\n    expectedVersion: $expectedVersion\n    questions: $questions\n  ) {\n    isDefault\n    version\n    questions {\n      ...EvaluationQuestionFields\n      answered\n    }\n  }\n}": typeof types.SaveEvaluationQuestionsDocument,
    "query SessionEvaluationExport($sessionId: ID!) {\n  sessionEvaluationExport(sessionId: $sessionId) {\n    filename\n    csv\n  }\n}": typeof types.SessionEvaluationExportDocument,
    "query SessionEvaluation($sessionId: ID!) {\n  sessionEvaluation(sessionId: $sessionId) {\n    minimumResponses\n    responses\n    released\n    releasesAt\n    suppressed\n    questions {\n      question {\n        ...EvaluationQuestionFields\n      }\n      suppressed\n      averageRating\n      openAnswers\n    }\n  }\n}": typeof types.SessionEvaluationDocument,
    "mutation SubmitEvaluation($sessionId: ID!, $answers: [EvaluationAnswerInput!]!) {\n  submitEvaluation(sessionId: $sessionId, answers: $answers) {\n    submittedAt\n    updatedAt\n  }\n}": typeof types.SubmitEvaluationDocument,
    "mutation CreateFacet($input: FacetInput!) {\n  createFacet(input: $input) {\n    ...FacetAdminFields\n  }\n}": typeof types.CreateFacetDocument,
    "fragment FacetAdminFields on Facet {\n  id\n  version\n  name\n  description\n  position\n  active\n  viewerCan {\n    edit\n  }\n}": typeof types.FacetAdminFieldsFragmentDoc,
    "query FacetAdminList {\n  facets(includeInactive: true) {\n    ...FacetAdminFields\n  }\n}": typeof types.FacetAdminListDocument,
    "mutation ReorderFacets($input: ReorderFacetsInput!) {\n  reorderFacets(input: $input) {\n    id\n    position\n    version\n  }\n}": typeof types.ReorderFacetsDocument,
    "mutation SetFacetActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {\n  setFacetActive(id: $id, active: $active, expectedVersion: $expectedVersion) {\n    id\n    active\n    version\n  }\n}": typeof types.SetFacetActiveDocument,
    "mutation UpdateFacet($id: ID!, $input: FacetInput!, $expectedVersion: Int!) {\n  updateFacet(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...FacetAdminFields\n  }\n}": typeof types.UpdateFacetDocument,
    "fragment HomeRecommendationFields on HomeRecommendation {\n  id\n  title\n  dueDate\n  status\n}": typeof types.HomeRecommendationFieldsFragmentDoc,
    "fragment HomeSessionFields on HomeSession {\n  id\n  title\n  startsAt\n  registrationDeadline\n  status\n  capacity\n  confirmed\n  waitlisted\n}": typeof types.HomeSessionFieldsFragmentDoc,
    "query Home {\n  home {\n    nextSessions {\n      ...HomeSessionFields\n    }\n    waitlist {\n      position\n      session {\n        ...HomeSessionFields\n      }\n    }\n    evaluationsToGive {\n      closesAt\n      session {\n        ...HomeSessionFields\n      }\n    }\n    openTracks {\n      id\n      title\n      enrolmentClosesAt\n      enrolled\n    }\n    followUp {\n      dueSoon {\n        ...HomeRecommendationFields\n      }\n      dueSoonTotal\n      overdue {\n        ...HomeRecommendationFields\n      }\n      overdueTotal\n      open\n      inProgress\n      done\n      notAdopted\n    }\n    colleagueRegistrations {\n      id\n      personName\n      status\n      session {\n        ...HomeSessionFields\n      }\n    }\n    programme {\n      upcoming {\n        ...HomeSessionFields\n      }\n      drafts {\n        ...HomeSessionFields\n      }\n      draftTotal\n      deadlinesThisWeek {\n        ...HomeSessionFields\n      }\n      withWaitlist {\n        ...HomeSessionFields\n      }\n      themesWithoutOffer {\n        id\n        title\n      }\n    }\n    analysis {\n      staleAfterYears\n      municipalities {\n        municipalityId\n        name\n        lastScanDate\n        scanMissingOrOld\n        withoutTheme\n      }\n      lastSnapshotId\n      lastSnapshotAt\n      scansSinceSnapshot\n      recommendationsSinceSnapshot\n    }\n    pendingRoleGrants {\n      id\n      userName\n      requestedRole\n      municipalityName\n      requestedAt\n    }\n    administration {\n      disabledAccounts {\n        id\n        name\n        email\n        disabledAt\n      }\n      disabledTotal\n      failedMessages\n      pendingInvitations\n    }\n  }\n}": typeof types.HomeDocument,
    "query MyPendingRoleGrant {\n  me {\n    id\n    pendingRoleGrant {\n      id\n      requestedRole\n      requestedAt\n      municipality {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.MyPendingRoleGrantDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.AcceptInvitationDocument,
    "fragment AccountInvitationFields on AccountInvitation {\n  id\n  email\n  name\n  role\n  municipalityName\n  locale\n  status\n  invitedByName\n  createdAt\n  expiresAt\n  demoLink\n}": typeof types.AccountInvitationFieldsFragmentDoc,
    "query AccountInvitations($filter: AccountInvitationFilter, $page: PageInput) {\n  accountInvitations(filter: $filter, page: $page) {\n    total\n    items {\n      ...AccountInvitationFields\n    }\n  }\n}": typeof types.AccountInvitationsDocument,
    "query InvitableRoles {\n  invitableRoles\n}": typeof types.InvitableRolesDocument,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    purpose\n    email\n    name\n    role\n    municipalityName\n    expiresAt\n  }\n}": typeof types.InvitationPreviewDocument,
    "mutation InviteAccount($input: InviteAccountInput!) {\n  inviteAccount(input: $input) {\n    ...AccountInvitationFields\n  }\n}": typeof types.InviteAccountDocument,
    "mutation ResendAccountInvitation($id: ID!) {\n  resendAccountInvitation(id: $id) {\n    ...AccountInvitationFields\n  }\n}": typeof types.ResendAccountInvitationDocument,
    "mutation RevokeAccountInvitation($id: ID!) {\n  revokeAccountInvitation(id: $id) {\n    ...AccountInvitationFields\n  }\n}": typeof types.RevokeAccountInvitationDocument,
    "mutation LinkRecommendationToLearning($recommendationId: ID!, $target: LearningTargetInput!) {\n  linkRecommendationToLearning(\n    recommendationId: $recommendationId\n    target: $target\n  ) {\n    id\n  }\n}": typeof types.LinkRecommendationToLearningDocument,
    "query RecommendationLearning($id: ID!) {\n  recommendation(id: $id) {\n    id\n    viewerCan {\n      linkLearning\n    }\n    learningLinks {\n      id\n      kind\n      targetId\n      title\n      activityId\n      startsAt\n      sessionStatus\n      linkedAt\n      linkedBy {\n        id\n        name\n      }\n      attendance {\n        registered\n        attended\n        enrolled\n        people {\n          person {\n            id\n            name\n          }\n          sessionStartsAt\n          status\n          attended\n        }\n      }\n    }\n  }\n  learningOffer(recommendationId: $id) {\n    kind\n    id\n    title\n    format\n    activityId\n    startsAt\n    registrationDeadline\n    sessionStatus\n    endsOn\n    themes\n    upcoming\n    linkId\n  }\n}": typeof types.RecommendationLearningDocument,
    "mutation UnlinkRecommendationFromLearning($linkId: ID!) {\n  unlinkRecommendationFromLearning(linkId: $linkId)\n}": typeof types.UnlinkRecommendationFromLearningDocument,
    "query MyMessages($page: PageInput) {\n  myMessages(page: $page) {\n    total\n    items {\n      id\n      kind\n      createdAt\n      subject\n      text\n      appPath\n    }\n  }\n}": typeof types.MyMessagesDocument,
    "query MyRegistrations($filter: MyRegistrationsFilter, $page: PageInput) {\n  myRegistrations(filter: $filter, page: $page) {\n    total\n    items {\n      ...RegistrationFields\n      session {\n        ...SessionSummary\n      }\n    }\n  }\n}": typeof types.MyRegistrationsDocument,
    "query Outbox($filter: OutboxFilter, $page: PageInput) {\n  outbox(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      kind\n      confidentiality\n      status\n      recipientEmail\n      createdAt\n      availableAt\n      sentAt\n      attempts\n      lastError\n    }\n  }\n}": typeof types.OutboxDocument,
    "mutation RetryOutboxMessage($id: ID!) {\n  retryOutboxMessage(id: $id) {\n    id\n    status\n    attempts\n    lastError\n  }\n}": typeof types.RetryOutboxMessageDocument,
    "mutation CreatePeerTrack($input: PeerTrackInput!) {\n  createPeerTrack(input: $input) {\n    ...PeerTrackFields\n  }\n}": typeof types.CreatePeerTrackDocument,
    "mutation EnrolInPeerTrack($trackId: ID!, $municipalityId: ID!, $input: PeerEnrolmentInput!) {\n  enrolInPeerTrack(\n    trackId: $trackId\n    municipalityId: $municipalityId\n    input: $input\n  ) {\n    ...PeerEnrolmentFields\n  }\n}": typeof types.EnrolInPeerTrackDocument,
    "query PeerEnrolmentOptions {\n  colleagues {\n    id\n    name\n  }\n  municipalities {\n    id\n    name\n  }\n}": typeof types.PeerEnrolmentOptionsDocument,
    "query MyPeerGroups {\n  myPeerGroups {\n    ...PeerGroupFields\n  }\n}": typeof types.MyPeerGroupsDocument,
    "query MyPeerHistory {\n  myPeerHistory {\n    trackId\n    title\n    startsOn\n    endsOn\n    partners {\n      municipalityId\n      name\n      current\n    }\n  }\n}": typeof types.MyPeerHistoryDocument,
    "fragment PeerEnrolmentFields on PeerEnrolment {\n  id\n  version\n  trackId\n  municipalityId\n  municipalityName\n  availableMonths\n  consentShowGoals\n  withdrawnAt\n  updatedAt\n  declarations {\n    goalId\n    need\n    share\n  }\n  contacts {\n    userId\n    name\n    email\n  }\n  preferences {\n    kind\n    municipalityId\n    municipalityName\n  }\n}": typeof types.PeerEnrolmentFieldsFragmentDoc,
    "query PeerEnrolments($trackId: ID!) {\n  peerEnrolments(trackId: $trackId) {\n    ...PeerEnrolmentFields\n  }\n}": typeof types.PeerEnrolmentsDocument,
    "fragment PeerGroupFields on PeerGroup {\n  id\n  trackId\n  trackTitle\n  trackStartsOn\n  trackEndsOn\n  members {\n    municipalityId\n    name\n    contacts {\n      userId\n      name\n      email\n    }\n  }\n  pairedGoals {\n    goalId\n    goalTitle\n    learnerId\n    fromId\n  }\n}": typeof types.PeerGroupFieldsFragmentDoc,
    "query PeerGroup($id: ID!) {\n  peerGroup(id: $id) {\n    ...PeerGroupFields\n  }\n}": typeof types.PeerGroupDocument,
    "fragment PeerProposalFields on PeerProposal {\n  id\n  version\n  trackId\n  status\n  total\n  repeats\n  exact\n  stale\n  computedAt\n  publishedAt\n  groups {\n    id\n    position\n    locked\n    score\n    bonus\n    repeats\n    costOfBreaking\n    members {\n      id\n      name\n    }\n    learning {\n      goalId\n      learnerId\n      fromId\n      points\n    }\n  }\n}": typeof types.PeerProposalFieldsFragmentDoc,
    "query PeerProposal($trackId: ID!) {\n  peerProposal(trackId: $trackId) {\n    ...PeerProposalFields\n  }\n}": typeof types.PeerProposalDocument,
    "fragment PeerTrackFields on PeerTrack {\n  id\n  version\n  programmeId\n  title\n  description\n  startsOn\n  endsOn\n  enrolmentOpensAt\n  enrolmentClosesAt\n  evaluationClosesAt\n  enrolmentOpen\n  groupForm\n  multipleGroupsAllowed\n  createdAt\n  themes {\n    id\n    title\n  }\n  goals {\n    id\n    position\n    title\n  }\n  enrolmentCount {\n    kind\n    value\n    bound\n  }\n  viewerCan {\n    enrol\n    manage\n  }\n}": typeof types.PeerTrackFieldsFragmentDoc,
    "query PeerTrackFormOptions {\n  programmes {\n    id\n    name\n    startYear\n    endYear\n    status\n  }\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      active\n    }\n  }\n}": typeof types.PeerTrackFormOptionsDocument,
    "query PeerTrackOverview($trackId: ID!) {\n  peerTrackOverview(trackId: $trackId) {\n    trackId\n    groups {\n      groupId\n      members {\n        municipalityId\n        name\n      }\n      meetingsPlanned\n      meetingsHeld\n      lastActivityAt\n      evaluationResponses\n      idle\n      lastNudgedAt\n    }\n    evaluation {\n      responses\n      released\n      releasesAt\n      minimumResponses\n      suppressed\n      averageRating\n      comments\n    }\n  }\n}": typeof types.PeerTrackOverviewDocument,
    "query PeerTrack($id: ID!) {\n  peerTrack(id: $id) {\n    ...PeerTrackFields\n  }\n}": typeof types.PeerTrackDocument,
    "query PeerTracks($filter: PeerTrackFilter) {\n  peerTracks(filter: $filter) {\n    ...PeerTrackFields\n  }\n}": typeof types.PeerTracksDocument,
    "query PreviewPeerArrangement($proposalId: ID!, $arrangement: PeerArrangementInput!) {\n  previewPeerArrangement(proposalId: $proposalId, arrangement: $arrangement) {\n    total\n    repeats\n    groupScores\n    violations\n  }\n}": typeof types.PreviewPeerArrangementDocument,
    "mutation PublishPeerProposal($proposalId: ID!, $expectedVersion: Int!) {\n  publishPeerProposal(proposalId: $proposalId, expectedVersion: $expectedVersion) {\n    ...PeerProposalFields\n  }\n}": typeof types.PublishPeerProposalDocument,
    "mutation RearrangePeerGroups($proposalId: ID!, $arrangement: PeerArrangementInput!, $expectedVersion: Int!) {\n  rearrangePeerGroups(\n    proposalId: $proposalId\n    arrangement: $arrangement\n    expectedVersion: $expectedVersion\n  ) {\n    ...PeerProposalFields\n  }\n}": typeof types.RearrangePeerGroupsDocument,
    "mutation RunPeerPairing($trackId: ID!) {\n  runPeerPairing(trackId: $trackId) {\n    ...PeerProposalFields\n  }\n}": typeof types.RunPeerPairingDocument,
    "mutation SetPeerGroupLocked($groupId: ID!, $locked: Boolean!, $expectedVersion: Int!) {\n  setPeerGroupLocked(\n    groupId: $groupId\n    locked: $locked\n    expectedVersion: $expectedVersion\n  ) {\n    ...PeerProposalFields\n  }\n}": typeof types.SetPeerGroupLockedDocument,
    "mutation UpdatePeerEnrolment($id: ID!, $input: PeerEnrolmentInput!, $expectedVersion: Int!) {\n  updatePeerEnrolment(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PeerEnrolmentFields\n  }\n}": typeof types.UpdatePeerEnrolmentDocument,
    "mutation UpdatePeerTrack($id: ID!, $input: PeerTrackInput!, $expectedVersion: Int!) {\n  updatePeerTrack(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PeerTrackFields\n  }\n}": typeof types.UpdatePeerTrackDocument,
    "mutation WithdrawPeerEnrolment($id: ID!, $expectedVersion: Int!) {\n  withdrawPeerEnrolment(id: $id, expectedVersion: $expectedVersion) {\n    ...PeerEnrolmentFields\n  }\n}": typeof types.WithdrawPeerEnrolmentDocument,
    "mutation AddPeerLogEntry($meetingId: ID!, $input: PeerLogInput!) {\n  addPeerLogEntry(meetingId: $meetingId, input: $input) {\n    id\n  }\n}": typeof types.AddPeerLogEntryDocument,
    "mutation CancelPeerMeeting($meetingId: ID!, $expectedVersion: Int!) {\n  cancelPeerMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n    id\n    status\n    version\n  }\n}": typeof types.CancelPeerMeetingDocument,
    "mutation EvaluatePeerGroup($groupId: ID!, $input: PeerGroupEvaluationInput!) {\n  evaluatePeerGroup(groupId: $groupId, input: $input) {\n    rating\n    comment\n  }\n}": typeof types.EvaluatePeerGroupDocument,
    "query PeerGroupWork($groupId: ID!) {\n  peerGroupWork(groupId: $groupId) {\n    groupId\n    trackTitle\n    members {\n      municipalityId\n      name\n    }\n    meetings {\n      id\n      kind\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      hostMunicipalityId\n      hostMunicipalityName\n      status\n      version\n      log {\n        id\n        authorName\n        authorMunicipalityName\n        discussed\n        agreed\n        version\n        viewerCanEdit\n      }\n    }\n    evaluationClosesAt\n    myEvaluation {\n      rating\n      comment\n    }\n    viewerCan {\n      planMeetings\n      writeLog\n      evaluate\n    }\n  }\n}": typeof types.PeerGroupWorkDocument,
    "mutation PlanPeerMeeting($groupId: ID!, $input: PeerMeetingInput!) {\n  planPeerMeeting(groupId: $groupId, input: $input) {\n    id\n  }\n}": typeof types.PlanPeerMeetingDocument,
    "mutation UpdatePeerLogEntry($entryId: ID!, $expectedVersion: Int!, $input: PeerLogInput!) {\n  updatePeerLogEntry(\n    entryId: $entryId\n    expectedVersion: $expectedVersion\n    input: $input\n  ) {\n    id\n    discussed\n    agreed\n    version\n  }\n}": typeof types.UpdatePeerLogEntryDocument,
    "mutation UpdatePeerMeeting($meetingId: ID!, $expectedVersion: Int!, $input: PeerMeetingInput!) {\n  updatePeerMeeting(\n    meetingId: $meetingId\n    expectedVersion: $expectedVersion\n    input: $input\n  ) {\n    id\n    kind\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    hostMunicipalityId\n    hostMunicipalityName\n    status\n    version\n  }\n}": typeof types.UpdatePeerMeetingDocument,
    "query DisclosureSettings {\n  disclosureSettings {\n    threshold\n    municipalityCount\n    maxThreshold\n  }\n}": typeof types.DisclosureSettingsDocument,
    "query LatestPicture {\n  latestPicture {\n    ...PictureSnapshotFields\n  }\n}": typeof types.LatestPictureDocument,
    "fragment PictureLineFields on PictureLine {\n  theme {\n    id\n    title\n  }\n  municipalities {\n    kind\n    value\n    bound\n  }\n  followUp {\n    suppressed\n    open {\n      from\n      to\n    }\n    inProgress {\n      from\n      to\n    }\n    done {\n      from\n      to\n    }\n    notAdopted {\n      from\n      to\n    }\n  }\n  trend\n  learningEffect {\n    suppressed\n    tookPartMunicipalities {\n      kind\n      value\n      bound\n    }\n    tookPartProgress {\n      from\n      to\n    }\n    didNotMunicipalities {\n      kind\n      value\n      bound\n    }\n    didNotProgress {\n      from\n      to\n    }\n  }\n}": typeof types.PictureLineFieldsFragmentDoc,
    "query PicturePreview {\n  picturePreview {\n    threshold\n    municipalityCount\n    contributingCount\n    contributingMunicipalities {\n      id\n      name\n    }\n    comparedWithPublishedAt\n    lines {\n      ...PictureLineFields\n    }\n    differencingRisks {\n      theme {\n        id\n        title\n      }\n      cell\n      smallestChange\n    }\n  }\n}": typeof types.PicturePreviewDocument,
    "fragment PictureSnapshotFields on PictureSnapshot {\n  id\n  publishedAt\n  publishedByName\n  note\n  threshold\n  municipalityCount\n  contributingCount\n  comparedWithPublishedAt\n  lines {\n    ...PictureLineFields\n  }\n}": typeof types.PictureSnapshotFieldsFragmentDoc,
    "query PictureSnapshot($id: ID!) {\n  pictureSnapshot(id: $id) {\n    ...PictureSnapshotFields\n  }\n}": typeof types.PictureSnapshotDocument,
    "query PictureSnapshots($page: PageInput) {\n  pictureSnapshots(page: $page) {\n    total\n    items {\n      id\n      publishedAt\n      note\n    }\n  }\n}": typeof types.PictureSnapshotsDocument,
    "mutation PublishPicture($note: String!, $acknowledgedRisks: [DifferencingCellInput!], $advice: [RegionalAdviceInput!]) {\n  publishPicture(\n    note: $note\n    acknowledgedRisks: $acknowledgedRisks\n    advice: $advice\n  ) {\n    ...PictureSnapshotFields\n  }\n}": typeof types.PublishPictureDocument,
    "mutation SetDisclosureThreshold($k: Int!) {\n  setDisclosureThreshold(k: $k) {\n    threshold\n    municipalityCount\n    maxThreshold\n  }\n}": typeof types.SetDisclosureThresholdDocument,
    "query ProgrammeBuilder($programmeId: ID!) {\n  programmeBuilder(programmeId: $programmeId) {\n    snapshotPublishedAt\n    programme {\n      id\n      name\n      startYear\n      endYear\n      viewerCan {\n        edit\n      }\n    }\n    themes {\n      rank\n      activityCount\n      municipalities {\n        kind\n        value\n        bound\n      }\n      theme {\n        id\n        title\n        description\n      }\n      nextSession {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n  }\n}": typeof types.ProgrammeBuilderDocument,
    "query ProgrammeActivities($filter: ActivityFilter, $page: PageInput) {\n  activities(filter: $filter, page: $page) {\n    total\n    items {\n      ...ActivityFields\n      sessions {\n        id\n        status\n      }\n    }\n  }\n}": typeof types.ProgrammeActivitiesDocument,
    "fragment ActivityFields on LearningActivity {\n  id\n  version\n  title\n  description\n  format\n  learningGoals\n  targetAudiences\n  plannedYear\n  plannedQuarter\n  updatedAt\n  programme {\n    id\n    name\n    startYear\n    endYear\n  }\n  themes {\n    id\n    title\n  }\n  viewerCan {\n    edit\n  }\n}": typeof types.ActivityFieldsFragmentDoc,
    "query ActivityThemeOptions {\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      description\n      active\n    }\n  }\n}": typeof types.ActivityThemeOptionsDocument,
    "query Activity($id: ID!) {\n  activity(id: $id) {\n    ...ActivityFields\n    programme {\n      id\n      defaultSessionStatus\n    }\n    owner {\n      id\n      name\n    }\n    sessions {\n      ...PlannedSessionFields\n    }\n  }\n}": typeof types.ActivityDocument,
    "mutation CancelPlannedSession($id: ID!, $expectedVersion: Int!) {\n  cancelSession(id: $id, expectedVersion: $expectedVersion) {\n    ...PlannedSessionFields\n  }\n}": typeof types.CancelPlannedSessionDocument,
    "mutation CreateActivity($input: ActivityInput!) {\n  createActivity(input: $input) {\n    ...ActivityFields\n  }\n}": typeof types.CreateActivityDocument,
    "mutation CreateProgramme($input: ProgrammeInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeFields\n  }\n}": typeof types.CreateProgrammeDocument,
    "query OverlappingSessions($input: OverlapQuery!) {\n  overlappingSessions(input: $input) {\n    sharedAudiences\n    session {\n      id\n      startsAt\n      endsAt\n      activity {\n        id\n        title\n      }\n    }\n  }\n}": typeof types.OverlappingSessionsDocument,
    "mutation PlanSessionSeries($activityId: ID!, $input: PlanSessionSeriesInput!) {\n  planSessionSeries(activityId: $activityId, input: $input) {\n    ...PlannedSessionFields\n  }\n}": typeof types.PlanSessionSeriesDocument,
    "mutation PlanSessions($activityId: ID!, $input: PlanSessionsInput!) {\n  planSessions(activityId: $activityId, input: $input) {\n    ...PlannedSessionFields\n  }\n}": typeof types.PlanSessionsDocument,
    "fragment PlannedSessionFields on Session {\n  id\n  seriesId\n  startsAt\n  endsAt\n  onlineUrl\n  capacity\n  registrationDeadline\n  maxPerMunicipality\n  status\n  showParticipantNames\n  evaluationWindowDays\n  version\n  seatsTaken\n  waitlistLength\n  venue {\n    id\n    name\n    room\n  }\n  hostMunicipality {\n    id\n    name\n  }\n  facilitators {\n    id\n    name\n  }\n  viewerCan {\n    edit\n    cancel\n  }\n}": typeof types.PlannedSessionFieldsFragmentDoc,
    "query PlannedSession($id: ID!) {\n  session(id: $id) {\n    ...PlannedSessionFields\n  }\n}": typeof types.PlannedSessionDocument,
    "query PlanningOptions {\n  venues {\n    id\n    name\n    room\n    address\n  }\n  facilitators {\n    id\n    name\n    organisation\n  }\n  municipalities {\n    id\n    name\n  }\n}": typeof types.PlanningOptionsDocument,
    "fragment ProgrammeFields on Programme {\n  id\n  version\n  name\n  startYear\n  endYear\n  goals\n  status\n  defaultSessionStatus\n  updatedAt\n  viewerCan {\n    edit\n  }\n}": typeof types.ProgrammeFieldsFragmentDoc,
    "query Programme($id: ID!) {\n  programme(id: $id) {\n    ...ProgrammeFields\n  }\n}": typeof types.ProgrammeDocument,
    "query Programmes {\n  programmes {\n    ...ProgrammeFields\n  }\n}": typeof types.ProgrammesDocument,
    "query SessionSeriesPreview($activityId: ID!, $input: SessionSeriesInput!) {\n  sessionSeriesPreview(activityId: $activityId, input: $input) {\n    date\n    startsAt\n    endsAt\n    registrationDeadline\n    clashes {\n      reason\n      seriesDate\n      facilitatorName\n      session {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n    overlaps {\n      sharedAudiences\n      session {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n  }\n}": typeof types.SessionSeriesPreviewDocument,
    "query ThemeProgramme($themeId: ID!) {\n  themeProgramme(themeId: $themeId) {\n    activities {\n      id\n      title\n      format\n      plannedYear\n      plannedQuarter\n      programme {\n        id\n        name\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        seatsTaken\n        capacity\n        attendance\n      }\n    }\n  }\n}": typeof types.ThemeProgrammeDocument,
    "mutation UpdateActivity($id: ID!, $input: ActivityInput!, $expectedVersion: Int!) {\n  updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ActivityFields\n  }\n}": typeof types.UpdateActivityDocument,
    "mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!, $expectedVersion: Int!) {\n  updateProgramme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ProgrammeFields\n  }\n}": typeof types.UpdateProgrammeDocument,
    "mutation UpdatePlannedSession($id: ID!, $input: SessionInput!, $expectedVersion: Int!) {\n  updateSession(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PlannedSessionFields\n  }\n}": typeof types.UpdatePlannedSessionDocument,
    "query FollowUpProgress($filter: ProgressFilter) {\n  followUpProgress(filter: $filter) {\n    series {\n      month\n      counts {\n        ...StatusCountFields\n      }\n    }\n    byFacet {\n      id\n      name\n      counts {\n        ...StatusCountFields\n      }\n    }\n    byTheme {\n      id\n      name\n      counts {\n        ...StatusCountFields\n      }\n    }\n    rescan {\n      baselineDate\n      rescanDate\n      carriedOver {\n        matchedBy\n        baseline {\n          ...RecommendationBriefFields\n        }\n        rescan {\n          ...RecommendationBriefFields\n        }\n      }\n      closed {\n        ...RecommendationBriefFields\n      }\n      new {\n        ...RecommendationBriefFields\n      }\n    }\n  }\n}\n\nfragment StatusCountFields on StatusCounts {\n  open\n  inProgress\n  done\n  notAdopted\n  overdue\n  total\n}\n\nfragment RecommendationBriefFields on RecommendationBrief {\n  id\n  reference\n  title\n  status\n}": typeof types.FollowUpProgressDocument,
    "query Colleagues {\n  colleagues {\n    id\n    name\n  }\n}": typeof types.ColleaguesDocument,
    "mutation InviteOwner($input: InviteOwnerInput!) {\n  inviteOwner(input: $input) {\n    id\n    status\n  }\n}": typeof types.InviteOwnerDocument,
    "mutation MoveRecommendation($id: ID!, $input: FollowUpInput!) {\n  recordFollowUp(id: $id, input: $input) {\n    ...RecommendationListFields\n  }\n}": typeof types.MoveRecommendationDocument,
    "query OwnerInvitations($recommendationId: ID!) {\n  ownerInvitations(recommendationId: $recommendationId) {\n    id\n    email\n    name\n    status\n    expiresAt\n    demoLink\n  }\n}": typeof types.OwnerInvitationsDocument,
    "fragment RecommendationDetailFields on Recommendation {\n  ...RecommendationListFields\n  body\n  statusReason\n  statusChangedAt\n  createdAt\n  scan {\n    id\n    scanDate\n  }\n  timeline {\n    ...TimelineEntryFields\n  }\n  viewerCan {\n    edit\n    followUp\n    recordProgress\n  }\n}": typeof types.RecommendationDetailFieldsFragmentDoc,
    "query RecommendationExport($format: ExportFormat!, $filter: RecommendationFilter, $sort: RecommendationSort) {\n  recommendationExport(format: $format, filter: $filter, sort: $sort) {\n    fileName\n    contentType\n    contentBase64\n  }\n}": typeof types.RecommendationExportDocument,
    "query RecommendationFilterOptions {\n  facets(includeInactive: true) {\n    id\n    name\n    active\n  }\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      active\n    }\n  }\n}": typeof types.RecommendationFilterOptionsDocument,
    "fragment RecommendationListFields on Recommendation {\n  id\n  reference\n  title\n  priority\n  status\n  dueDate\n  overdue\n  version\n  facet {\n    id\n    name\n  }\n  themes {\n    id\n    title\n  }\n  municipality {\n    id\n    name\n  }\n  owner {\n    id\n    name\n  }\n}": typeof types.RecommendationListFieldsFragmentDoc,
    "query Recommendation($id: ID!) {\n  recommendation(id: $id) {\n    ...RecommendationDetailFields\n  }\n}": typeof types.RecommendationDocument,
    "query Recommendations($filter: RecommendationFilter, $sort: RecommendationSort, $page: PageInput) {\n  recommendations(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...RecommendationListFields\n    }\n  }\n}": typeof types.RecommendationsDocument,
    "mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n  recordFollowUp(id: $id, input: $input) {\n    ...RecommendationDetailFields\n  }\n}": typeof types.RecordFollowUpDocument,
    "mutation RecordProgress($id: ID!, $input: ProgressInput!) {\n  recordProgress(id: $id, input: $input) {\n    id\n  }\n}": typeof types.RecordProgressDocument,
    "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    id\n    status\n  }\n}": typeof types.RevokeInvitationDocument,
    "fragment TimelineEntryFields on TimelineEntry {\n  id\n  kind\n  at\n  actor {\n    id\n    name\n  }\n  fromStatus\n  toStatus\n  reason\n  fromOwner {\n    id\n    name\n  }\n  toOwner {\n    id\n    name\n  }\n  fromDueDate\n  toDueDate\n  note\n  links\n  attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n  }\n  learning {\n    kind\n    id\n    title\n  }\n  fromConsent\n  toConsent\n}": typeof types.TimelineEntryFieldsFragmentDoc,
    "query AdviceThemes {\n  themes(filter: {active: true}, page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n}": typeof types.AdviceThemesDocument,
    "query AdviceAnswerOptions {\n  activities(page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n  peerTracks {\n    id\n    title\n  }\n}": typeof types.AdviceAnswerOptionsDocument,
    "mutation AnswerRegionalAdvice($input: AdviceAnswerInput!) {\n  answerRegionalAdvice(input: $input) {\n    ...RegionalAdviceFields\n  }\n}": typeof types.AnswerRegionalAdviceDocument,
    "fragment RegionalAdviceFields on RegionalAdvice {\n  id\n  snapshotId\n  position\n  title\n  body\n  priority\n  themes {\n    id\n    title\n  }\n  answerVersion\n  answer {\n    status\n    explanation\n    updatedAt\n    updatedByName\n    activities {\n      id\n      title\n    }\n    tracks {\n      id\n      title\n    }\n  }\n  answerHistory {\n    version\n    status\n    explanation\n    at\n    byName\n    activities {\n      id\n      title\n    }\n    tracks {\n      id\n      title\n    }\n  }\n  viewerCan {\n    answer\n  }\n}": typeof types.RegionalAdviceFieldsFragmentDoc,
    "query RegionalAdvice($snapshotId: ID) {\n  regionalAdvice(snapshotId: $snapshotId) {\n    ...RegionalAdviceFields\n  }\n}": typeof types.RegionalAdviceDocument,
    "query RoadmapCell($programmeId: ID!, $themeId: ID!, $year: Int!, $quarter: Int, $byQuarter: Boolean, $page: PageInput) {\n  roadmapCell(\n    programmeId: $programmeId\n    themeId: $themeId\n    year: $year\n    quarter: $quarter\n    byQuarter: $byQuarter\n    page: $page\n  ) {\n    activities {\n      total\n      items {\n        id\n        title\n      }\n    }\n    tracks {\n      id\n      title\n    }\n  }\n}": typeof types.RoadmapCellDocument,
    "query Roadmap($programmeId: ID!, $byQuarter: Boolean) {\n  roadmap(programmeId: $programmeId, byQuarter: $byQuarter) {\n    years\n    byQuarter\n    periods {\n      year\n      quarter\n    }\n    rows {\n      theme {\n        id\n        title\n        active\n      }\n      gapYears\n      activityCounts\n      sessionCounts\n      trackCounts\n    }\n  }\n}": typeof types.RoadmapDocument,
    "mutation ApproveRoleGrant($id: ID!) {\n  approveRoleGrant(id: $id) {\n    ...RoleGrantFields\n  }\n}": typeof types.ApproveRoleGrantDocument,
    "mutation RejectRoleGrant($id: ID!, $note: String) {\n  rejectRoleGrant(id: $id, note: $note) {\n    ...RoleGrantFields\n  }\n}": typeof types.RejectRoleGrantDocument,
    "fragment RoleGrantFields on RoleGrant {\n  id\n  status\n  requestedRole\n  requestedAt\n  decidedAt\n  note\n  municipality {\n    id\n    name\n  }\n  user {\n    id\n    name\n    email\n  }\n  requestedBy {\n    id\n    name\n  }\n  decidedBy {\n    id\n    name\n  }\n  viewerCan {\n    decide\n  }\n}": typeof types.RoleGrantFieldsFragmentDoc,
    "query RoleGrants($status: RoleGrantStatus) {\n  roleGrants(status: $status) {\n    ...RoleGrantFields\n  }\n}": typeof types.RoleGrantsDocument,
    "query ThemeSuggestions($ids: [ID!]!) {\n  themeSuggestions(recommendationIds: $ids) {\n    recommendationId\n    suggestions {\n      theme {\n        id\n        title\n      }\n      fromFacet\n      words {\n        word\n        themeWord\n      }\n    }\n  }\n}\n\nmutation LinkRecommendationsToThemes($ids: [ID!]!, $themeIds: [ID!]!, $expectedVersions: [Int!]!) {\n  linkRecommendationsToThemes(\n    ids: $ids\n    themeIds: $themeIds\n    expectedVersions: $expectedVersions\n  ) {\n    id\n    version\n    themes {\n      id\n      title\n    }\n  }\n}": typeof types.ThemeSuggestionsDocument,
    "query CarriedOverChoice($id: ID!) {\n  carriedOverChoice(id: $id) {\n    current {\n      id\n      reference\n      title\n      scanDate\n    }\n    candidates {\n      id\n      reference\n      title\n      scanDate\n    }\n  }\n}\n\nmutation SetRecommendationCarriedOver($id: ID!, $fromId: ID, $expectedVersion: Int!) {\n  setRecommendationCarriedOver(\n    id: $id\n    fromId: $fromId\n    expectedVersion: $expectedVersion\n  ) {\n    id\n    version\n  }\n}": typeof types.CarriedOverChoiceDocument,
    "mutation CreateRecommendation($input: NewRecommendationInput!) {\n  createRecommendation(input: $input) {\n    id\n  }\n}": typeof types.CreateRecommendationDocument,
    "mutation CreateScan($input: ScanInput!) {\n  createScan(input: $input) {\n    ...ScanFields\n  }\n}": typeof types.CreateScanDocument,
    "query CurrentRecommendation($id: ID!) {\n  recommendation(id: $id) {\n    id\n    version\n    reference\n    title\n    body\n    priority\n    facet {\n      id\n      name\n    }\n    themes {\n      id\n      title\n    }\n  }\n}": typeof types.CurrentRecommendationDocument,
    "mutation DeleteRecommendation($id: ID!, $expectedVersion: Int!) {\n  deleteRecommendation(id: $id, expectedVersion: $expectedVersion)\n}": typeof types.DeleteRecommendationDocument,
    "mutation DeleteScan($id: ID!, $expectedVersion: Int!) {\n  deleteScan(id: $id, expectedVersion: $expectedVersion)\n}": typeof types.DeleteScanDocument,
    "mutation HoldBackRecommendation($recommendationId: ID!) {\n  holdBackRecommendation(recommendationId: $recommendationId) {\n    recommendationId\n  }\n}": typeof types.HoldBackRecommendationDocument,
    "mutation ImportRecommendations($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {\n  importRecommendations(\n    scanId: $scanId\n    format: $format\n    contentBase64: $contentBase64\n  ) {\n    imported\n  }\n}": typeof types.ImportRecommendationsDocument,
    "query PreviewRecommendationImport($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {\n  previewRecommendationImport(\n    scanId: $scanId\n    format: $format\n    contentBase64: $contentBase64\n  ) {\n    rows {\n      row\n      reference\n      title\n      facetName\n      priority\n      themeTitles\n    }\n    errors {\n      row\n      column\n      reason\n    }\n    ignoredColumns\n  }\n}": typeof types.PreviewRecommendationImportDocument,
    "mutation ReleaseRecommendation($recommendationId: ID!) {\n  releaseRecommendation(recommendationId: $recommendationId) {\n    recommendationId\n  }\n}": typeof types.ReleaseRecommendationDocument,
    "fragment ScanConsentFields on ScanConsent {\n  status\n  basis\n  decisionDate\n  reference\n  decidedBy {\n    id\n    name\n  }\n  decidedAt\n  version\n  viewerCanRecord\n}": typeof types.ScanConsentFieldsFragmentDoc,
    "fragment ScanFields on Scan {\n  id\n  version\n  scanDate\n  kind\n  scope\n  summary\n  createdAt\n  recommendationCount\n  municipality {\n    id\n    name\n  }\n  viewerCan {\n    edit\n  }\n}": typeof types.ScanFieldsFragmentDoc,
    "query ScanFormOptions {\n  facets {\n    id\n    name\n  }\n  themes(filter: {active: true}, page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n}": typeof types.ScanFormOptionsDocument,
    "query ScanRecommendations($scanId: ID!, $page: PageInput) {\n  recommendations(\n    filter: {scanId: $scanId}\n    sort: {field: PRIORITY, direction: ASC}\n    page: $page\n  ) {\n    total\n    items {\n      ...RecommendationListFields\n      body\n      viewerCan {\n        edit\n      }\n      holdBack {\n        heldBackAt\n      }\n    }\n  }\n}": typeof types.ScanRecommendationsDocument,
    "query Scan($id: ID!) {\n  scan(id: $id) {\n    ...ScanFields\n    consent {\n      ...ScanConsentFields\n    }\n  }\n}": typeof types.ScanDocument,
    "query Scans($municipalityId: ID) {\n  scans(municipalityId: $municipalityId) {\n    ...ScanFields\n  }\n}": typeof types.ScansDocument,
    "mutation SetRecommendationThemes($id: ID!, $themeIds: [ID!]!, $expectedVersion: Int!) {\n  setRecommendationThemes(\n    id: $id\n    themeIds: $themeIds\n    expectedVersion: $expectedVersion\n  ) {\n    id\n    version\n    themes {\n      id\n      title\n    }\n  }\n}": typeof types.SetRecommendationThemesDocument,
    "mutation SetScanConsent($scanId: ID!, $input: ScanConsentInput!, $expectedVersion: Int!) {\n  setScanConsent(\n    scanId: $scanId\n    input: $input\n    expectedVersion: $expectedVersion\n  ) {\n    ...ScanConsentFields\n  }\n}": typeof types.SetScanConsentDocument,
    "mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {\n  updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...RecommendationListFields\n    body\n  }\n}": typeof types.UpdateRecommendationDocument,
    "mutation UpdateScan($id: ID!, $input: ScanInput!, $expectedVersion: Int!) {\n  updateScan(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ScanFields\n  }\n}": typeof types.UpdateScanDocument,
    "mutation AddSessionLink($sessionId: ID!, $input: SessionLinkInput!) {\n  addSessionLink(sessionId: $sessionId, input: $input) {\n    id\n  }\n}": typeof types.AddSessionLinkDocument,
    "mutation RemoveSessionMaterial($id: ID!) {\n  removeSessionMaterial(id: $id)\n}": typeof types.RemoveSessionMaterialDocument,
    "mutation SendSessionMessage($sessionId: ID!, $input: StaffMessageInput!) {\n  sendSessionMessage(sessionId: $sessionId, input: $input) {\n    id\n    recipientCount\n  }\n}": typeof types.SendSessionMessageDocument,
    "query SessionExtras($sessionId: ID!) {\n  sessionExtras(sessionId: $sessionId) {\n    sessionId\n    materials {\n      id\n      kind\n      title\n      url\n      fileName\n      sizeBytes\n      downloadPath\n      createdAt\n    }\n    viewerCan {\n      manageMaterials\n      readMaterials\n      sendMessage\n      certificate\n    }\n  }\n}": typeof types.SessionExtrasDocument,
    "mutation CancelRegistration($registrationId: ID!) {\n  cancelRegistration(registrationId: $registrationId) {\n    ...RegistrationFields\n  }\n}": typeof types.CancelRegistrationDocument,
    "query ParticipantListCsv($sessionId: ID!) {\n  participantListCsv(sessionId: $sessionId)\n}": typeof types.ParticipantListCsvDocument,
    "mutation RecordAttendance($sessionId: ID!, $attendance: [AttendanceInput!]!) {\n  recordAttendance(sessionId: $sessionId, attendance: $attendance) {\n    id\n    attended\n  }\n}": typeof types.RecordAttendanceDocument,
    "mutation RegisterColleague($sessionId: ID!, $userId: ID!) {\n  registerColleague(sessionId: $sessionId, userId: $userId) {\n    ...RegistrationFields\n  }\n}": typeof types.RegisterColleagueDocument,
    "mutation RegisterForSession($sessionId: ID!) {\n  registerForSession(sessionId: $sessionId) {\n    ...RegistrationFields\n  }\n}": typeof types.RegisterForSessionDocument,
    "fragment RegistrationFields on Registration {\n  id\n  status\n  waitlistPosition\n  attended\n  createdAt\n  cancelledAt\n  participant {\n    id\n    name\n    email\n  }\n  registeredBy {\n    id\n    name\n  }\n  municipality {\n    id\n    name\n  }\n  viewerCan {\n    cancel\n    evaluate\n  }\n}": typeof types.RegistrationFieldsFragmentDoc,
    "query RegistrationsByMunicipality($sessionId: ID!) {\n  registrationsByMunicipality(sessionId: $sessionId) {\n    municipality {\n      id\n      name\n    }\n    confirmed\n    waitlisted\n    cancelled\n    attended\n  }\n}": typeof types.RegistrationsByMunicipalityDocument,
    "query SessionColleagues {\n  colleagues {\n    id\n    name\n  }\n}": typeof types.SessionColleaguesDocument,
    "query SessionFilterOptions {\n  themes(filter: {active: true}, page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n  municipalities {\n    id\n    name\n  }\n}": typeof types.SessionFilterOptionsDocument,
    "query SessionRegistrations($sessionId: ID!) {\n  sessionRegistrations(sessionId: $sessionId) {\n    ...RegistrationFields\n  }\n}": typeof types.SessionRegistrationsDocument,
    "fragment SessionSummary on Session {\n  id\n  startsAt\n  endsAt\n  status\n  capacity\n  seatsTaken\n  seatsLeft\n  waitlistLength\n  online\n  onlineUrl\n  viewerCanRegister\n  activity {\n    id\n    title\n    format\n  }\n  themes {\n    id\n    title\n  }\n  venue {\n    id\n    name\n    room\n  }\n  hostMunicipality {\n    id\n    name\n  }\n  viewerRegistration {\n    id\n    status\n    waitlistPosition\n  }\n}": typeof types.SessionSummaryFragmentDoc,
    "query Session($id: ID!) {\n  session(id: $id) {\n    ...SessionSummary\n    registrationDeadline\n    showParticipantNames\n    maxPerMunicipality\n    timeZone\n    activity {\n      id\n      description\n      programme {\n        id\n        name\n      }\n    }\n    venue {\n      id\n      address\n    }\n    facilitators {\n      id\n      name\n      organisation\n    }\n    participants {\n      name\n      municipality {\n        id\n        name\n      }\n    }\n    viewerCan {\n      edit\n      cancel\n    }\n    viewerRegistration {\n      ...RegistrationFields\n    }\n  }\n}": typeof types.SessionDocument,
    "query Sessions($filter: SessionFilter, $page: PageInput) {\n  sessions(filter: $filter, page: $page) {\n    total\n    items {\n      ...SessionSummary\n    }\n  }\n}": typeof types.SessionsDocument,
    "mutation CreateTheme($input: ThemeInput!) {\n  createTheme(input: $input) {\n    ...ThemeFields\n  }\n}": typeof types.CreateThemeDocument,
    "mutation SetThemeActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {\n  setThemeActive(id: $id, active: $active, expectedVersion: $expectedVersion) {\n    id\n    active\n    version\n    updatedAt\n  }\n}": typeof types.SetThemeActiveDocument,
    "query ThemeFacetOptions {\n  facets(includeInactive: true) {\n    id\n    name\n    active\n    position\n  }\n}": typeof types.ThemeFacetOptionsDocument,
    "fragment ThemeFields on Theme {\n  id\n  version\n  title\n  description\n  yearIdentified\n  active\n  updatedAt\n  facets {\n    id\n    name\n    active\n  }\n  viewerCan {\n    edit\n  }\n}": typeof types.ThemeFieldsFragmentDoc,
    "query ThemePeerTracks($themeId: ID!) {\n  themeProgramme(themeId: $themeId) {\n    peerTracks {\n      id\n      title\n      startsOn\n      endsOn\n      enrolmentStatus\n      enrolmentCount {\n        kind\n        value\n        bound\n      }\n      publishedGroupCount\n      publishedGroupCountWithheld\n    }\n  }\n}": typeof types.ThemePeerTracksDocument,
    "query ThemePictureLine($themeId: ID!) {\n  themePictureLine(themeId: $themeId) {\n    ...PictureLineFields\n  }\n  latestPicture {\n    id\n    publishedAt\n  }\n}": typeof types.ThemePictureLineDocument,
    "query Theme($id: ID!) {\n  theme(id: $id) {\n    ...ThemeFields\n  }\n}": typeof types.ThemeDocument,
    "query Themes($filter: ThemeFilter, $sort: ThemeSort, $page: PageInput) {\n  themes(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...ThemeFields\n    }\n  }\n}": typeof types.ThemesDocument,
    "mutation UpdateTheme($id: ID!, $input: ThemeInput!, $expectedVersion: Int!) {\n  updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ThemeFields\n  }\n}": typeof types.UpdateThemeDocument,
};
const documents: Documents = {
    "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}": types.ChangePasswordDocument,
    "query DigestSetting {\n  me {\n    id\n    overdueDigest\n  }\n}": types.DigestSettingDocument,
    "mutation SetLocale($locale: Locale!) {\n  setLocale(locale: $locale) {\n    id\n    locale\n  }\n}": types.SetLocaleDocument,
    "mutation SetOverdueDigest($enabled: Boolean!) {\n  setOverdueDigest(enabled: $enabled) {\n    id\n    overdueDigest\n  }\n}": types.SetOverdueDigestDocument,
    "fragment AdminUserFields on User {\n  id\n  email\n  name\n  role\n  disabled\n  version\n  createdAt\n  municipality {\n    id\n    name\n  }\n  pendingRoleGrant {\n    id\n    requestedRole\n    municipality {\n      id\n      name\n    }\n  }\n}": types.AdminUserFieldsFragmentDoc,
    "query AdminUser($id: ID!) {\n  user(id: $id) {\n    ...AdminUserFields\n  }\n}": types.AdminUserDocument,
    "query Municipalities {\n  municipalities {\n    id\n    code\n    name\n  }\n}": types.MunicipalitiesDocument,
    "mutation SetUserDisabled($id: ID!, $disabled: Boolean!, $expectedVersion: Int!) {\n  setUserDisabled(id: $id, disabled: $disabled, expectedVersion: $expectedVersion) {\n    id\n    disabled\n    version\n  }\n}": types.SetUserDisabledDocument,
    "mutation UpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...AdminUserFields\n  }\n}": types.UpdateUserDocument,
    "query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {\n  users(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...AdminUserFields\n    }\n  }\n}": types.UsersDocument,
    "query AuditLog($filter: AuditFilterInput, $paging: AuditPageInput) {\n  auditLog(filter: $filter, paging: $paging) {\n    total\n    totalCapped\n    olderCursor\n    newerCursor\n    items {\n      id\n      at\n      actorName\n      actorEmail\n      actorRole\n      action\n      entity\n      entityId\n      count\n      requestId\n    }\n  }\n}\n\nquery AuditActors {\n  auditActors {\n    id\n    name\n    email\n  }\n}": types.AuditLogDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...ViewerFields\n  }\n}": types.MeDocument,
    "query PasswordResetPreview($token: String!) {\n  passwordReset(token: $token) {\n    email\n    expiresAt\n  }\n}": types.PasswordResetPreviewDocument,
    "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}": types.ResetPasswordDocument,
    "fragment ViewerFields on User {\n  id\n  email\n  name\n  role\n  permissions\n  locale\n  municipality {\n    id\n    code\n    name\n  }\n}": types.ViewerFieldsFragmentDoc,
    "query BoardReport($snapshotId: ID!) {\n  boardReport(snapshotId: $snapshotId) {\n    generatedAt\n    snapshot {\n      ...PictureSnapshotFields\n    }\n    advice {\n      ...RegionalAdviceFields\n    }\n    learning {\n      until\n      activities\n      sessionsHeld\n      attendances {\n        kind\n        value\n        bound\n      }\n      attendingMunicipalities {\n        kind\n        value\n        bound\n      }\n      tracks\n      enrolledMunicipalities {\n        kind\n        value\n        bound\n      }\n      peerGroups\n    }\n  }\n}": types.BoardReportDocument,
    "fragment CalendarFeedFields on CalendarFeed {\n  id\n  scope\n  createdAt\n  municipality {\n    id\n    name\n  }\n  programme {\n    id\n    name\n  }\n}": types.CalendarFeedFieldsFragmentDoc,
    "query CalendarFeedProgrammes {\n  programmes {\n    id\n    name\n    status\n  }\n}": types.CalendarFeedProgrammesDocument,
    "mutation CreateCalendarFeed($scope: CalendarFeedScope!, $programmeId: ID) {\n  createCalendarFeed(scope: $scope, programmeId: $programmeId) {\n    url\n    feed {\n      ...CalendarFeedFields\n    }\n  }\n}": types.CreateCalendarFeedDocument,
    "query MyCalendarFeeds {\n  myCalendarFeeds {\n    ...CalendarFeedFields\n  }\n}": types.MyCalendarFeedsDocument,
    "mutation RegenerateCalendarFeed($id: ID!) {\n  regenerateCalendarFeed(id: $id) {\n    url\n    feed {\n      ...CalendarFeedFields\n    }\n  }\n}": types.RegenerateCalendarFeedDocument,
    "mutation RevokeCalendarFeed($id: ID!) {\n  revokeCalendarFeed(id: $id)\n}": types.RevokeCalendarFeedDocument,
    "query ActivityEvaluationExport($activityId: ID!) {\n  activityEvaluationExport(activityId: $activityId) {\n    filename\n    csv\n    sessions\n  }\n}": types.ActivityEvaluationExportDocument,
    "query ActivityEvaluationQuestions($id: ID!) {\n  activity(id: $id) {\n    id\n    viewerCan {\n      edit\n    }\n    evaluationQuestions {\n      isDefault\n      version\n      questions {\n        ...EvaluationQuestionFields\n        answered\n      }\n    }\n  }\n}": types.ActivityEvaluationQuestionsDocument,
    "query EvaluationForm($sessionId: ID!) {\n  evaluationForm(sessionId: $sessionId) {\n    sessionId\n    closesAt\n    open\n    questions {\n      ...EvaluationQuestionFields\n    }\n    mine {\n      submittedAt\n      updatedAt\n      answers {\n        questionId\n        questionText\n        rating\n        text\n      }\n    }\n  }\n}": types.EvaluationFormDocument,
    "fragment EvaluationQuestionFields on EvaluationQuestion {\n  id\n  kind\n  text\n  scaleMax\n  lowLabel\n  highLabel\n  required\n  retired\n}": types.EvaluationQuestionFieldsFragmentDoc,
    "mutation SaveEvaluationQuestions($activityId: ID!, $expectedVersion: Int!, $questions: [EvaluationQuestionInput!]!) {\n  saveEvaluationQuestions(\n    activityId: $activityId\n    expectedVersion: $expectedVersion\n    questions: $questions\n  ) {\n    isDefault\n    version\n    questions {\n      ...EvaluationQuestionFields\n      answered\n    }\n  }\n}": types.SaveEvaluationQuestionsDocument,
    "query SessionEvaluationExport($sessionId: ID!) {\n  sessionEvaluationExport(sessionId: $sessionId) {\n    filename\n    csv\n  }\n}": types.SessionEvaluationExportDocument,
    "query SessionEvaluation($sessionId: ID!) {\n  sessionEvaluation(sessionId: $sessionId) {\n    minimumResponses\n    responses\n    released\n    releasesAt\n    suppressed\n    questions {\n      question {\n        ...EvaluationQuestionFields\n      }\n      suppressed\n      averageRating\n      openAnswers\n    }\n  }\n}": types.SessionEvaluationDocument,
    "mutation SubmitEvaluation($sessionId: ID!, $answers: [EvaluationAnswerInput!]!) {\n  submitEvaluation(sessionId: $sessionId, answers: $answers) {\n    submittedAt\n    updatedAt\n  }\n}": types.SubmitEvaluationDocument,
    "mutation CreateFacet($input: FacetInput!) {\n  createFacet(input: $input) {\n    ...FacetAdminFields\n  }\n}": types.CreateFacetDocument,
    "fragment FacetAdminFields on Facet {\n  id\n  version\n  name\n  description\n  position\n  active\n  viewerCan {\n    edit\n  }\n}": types.FacetAdminFieldsFragmentDoc,
    "query FacetAdminList {\n  facets(includeInactive: true) {\n    ...FacetAdminFields\n  }\n}": types.FacetAdminListDocument,
    "mutation ReorderFacets($input: ReorderFacetsInput!) {\n  reorderFacets(input: $input) {\n    id\n    position\n    version\n  }\n}": types.ReorderFacetsDocument,
    "mutation SetFacetActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {\n  setFacetActive(id: $id, active: $active, expectedVersion: $expectedVersion) {\n    id\n    active\n    version\n  }\n}": types.SetFacetActiveDocument,
    "mutation UpdateFacet($id: ID!, $input: FacetInput!, $expectedVersion: Int!) {\n  updateFacet(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...FacetAdminFields\n  }\n}": types.UpdateFacetDocument,
    "fragment HomeRecommendationFields on HomeRecommendation {\n  id\n  title\n  dueDate\n  status\n}": types.HomeRecommendationFieldsFragmentDoc,
    "fragment HomeSessionFields on HomeSession {\n  id\n  title\n  startsAt\n  registrationDeadline\n  status\n  capacity\n  confirmed\n  waitlisted\n}": types.HomeSessionFieldsFragmentDoc,
    "query Home {\n  home {\n    nextSessions {\n      ...HomeSessionFields\n    }\n    waitlist {\n      position\n      session {\n        ...HomeSessionFields\n      }\n    }\n    evaluationsToGive {\n      closesAt\n      session {\n        ...HomeSessionFields\n      }\n    }\n    openTracks {\n      id\n      title\n      enrolmentClosesAt\n      enrolled\n    }\n    followUp {\n      dueSoon {\n        ...HomeRecommendationFields\n      }\n      dueSoonTotal\n      overdue {\n        ...HomeRecommendationFields\n      }\n      overdueTotal\n      open\n      inProgress\n      done\n      notAdopted\n    }\n    colleagueRegistrations {\n      id\n      personName\n      status\n      session {\n        ...HomeSessionFields\n      }\n    }\n    programme {\n      upcoming {\n        ...HomeSessionFields\n      }\n      drafts {\n        ...HomeSessionFields\n      }\n      draftTotal\n      deadlinesThisWeek {\n        ...HomeSessionFields\n      }\n      withWaitlist {\n        ...HomeSessionFields\n      }\n      themesWithoutOffer {\n        id\n        title\n      }\n    }\n    analysis {\n      staleAfterYears\n      municipalities {\n        municipalityId\n        name\n        lastScanDate\n        scanMissingOrOld\n        withoutTheme\n      }\n      lastSnapshotId\n      lastSnapshotAt\n      scansSinceSnapshot\n      recommendationsSinceSnapshot\n    }\n    pendingRoleGrants {\n      id\n      userName\n      requestedRole\n      municipalityName\n      requestedAt\n    }\n    administration {\n      disabledAccounts {\n        id\n        name\n        email\n        disabledAt\n      }\n      disabledTotal\n      failedMessages\n      pendingInvitations\n    }\n  }\n}": types.HomeDocument,
    "query MyPendingRoleGrant {\n  me {\n    id\n    pendingRoleGrant {\n      id\n      requestedRole\n      requestedAt\n      municipality {\n        id\n        name\n      }\n    }\n  }\n}": types.MyPendingRoleGrantDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}": types.AcceptInvitationDocument,
    "fragment AccountInvitationFields on AccountInvitation {\n  id\n  email\n  name\n  role\n  municipalityName\n  locale\n  status\n  invitedByName\n  createdAt\n  expiresAt\n  demoLink\n}": types.AccountInvitationFieldsFragmentDoc,
    "query AccountInvitations($filter: AccountInvitationFilter, $page: PageInput) {\n  accountInvitations(filter: $filter, page: $page) {\n    total\n    items {\n      ...AccountInvitationFields\n    }\n  }\n}": types.AccountInvitationsDocument,
    "query InvitableRoles {\n  invitableRoles\n}": types.InvitableRolesDocument,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    purpose\n    email\n    name\n    role\n    municipalityName\n    expiresAt\n  }\n}": types.InvitationPreviewDocument,
    "mutation InviteAccount($input: InviteAccountInput!) {\n  inviteAccount(input: $input) {\n    ...AccountInvitationFields\n  }\n}": types.InviteAccountDocument,
    "mutation ResendAccountInvitation($id: ID!) {\n  resendAccountInvitation(id: $id) {\n    ...AccountInvitationFields\n  }\n}": types.ResendAccountInvitationDocument,
    "mutation RevokeAccountInvitation($id: ID!) {\n  revokeAccountInvitation(id: $id) {\n    ...AccountInvitationFields\n  }\n}": types.RevokeAccountInvitationDocument,
    "mutation LinkRecommendationToLearning($recommendationId: ID!, $target: LearningTargetInput!) {\n  linkRecommendationToLearning(\n    recommendationId: $recommendationId\n    target: $target\n  ) {\n    id\n  }\n}": types.LinkRecommendationToLearningDocument,
    "query RecommendationLearning($id: ID!) {\n  recommendation(id: $id) {\n    id\n    viewerCan {\n      linkLearning\n    }\n    learningLinks {\n      id\n      kind\n      targetId\n      title\n      activityId\n      startsAt\n      sessionStatus\n      linkedAt\n      linkedBy {\n        id\n        name\n      }\n      attendance {\n        registered\n        attended\n        enrolled\n        people {\n          person {\n            id\n            name\n          }\n          sessionStartsAt\n          status\n          attended\n        }\n      }\n    }\n  }\n  learningOffer(recommendationId: $id) {\n    kind\n    id\n    title\n    format\n    activityId\n    startsAt\n    registrationDeadline\n    sessionStatus\n    endsOn\n    themes\n    upcoming\n    linkId\n  }\n}": types.RecommendationLearningDocument,
    "mutation UnlinkRecommendationFromLearning($linkId: ID!) {\n  unlinkRecommendationFromLearning(linkId: $linkId)\n}": types.UnlinkRecommendationFromLearningDocument,
    "query MyMessages($page: PageInput) {\n  myMessages(page: $page) {\n    total\n    items {\n      id\n      kind\n      createdAt\n      subject\n      text\n      appPath\n    }\n  }\n}": types.MyMessagesDocument,
    "query MyRegistrations($filter: MyRegistrationsFilter, $page: PageInput) {\n  myRegistrations(filter: $filter, page: $page) {\n    total\n    items {\n      ...RegistrationFields\n      session {\n        ...SessionSummary\n      }\n    }\n  }\n}": types.MyRegistrationsDocument,
    "query Outbox($filter: OutboxFilter, $page: PageInput) {\n  outbox(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      kind\n      confidentiality\n      status\n      recipientEmail\n      createdAt\n      availableAt\n      sentAt\n      attempts\n      lastError\n    }\n  }\n}": types.OutboxDocument,
    "mutation RetryOutboxMessage($id: ID!) {\n  retryOutboxMessage(id: $id) {\n    id\n    status\n    attempts\n    lastError\n  }\n}": types.RetryOutboxMessageDocument,
    "mutation CreatePeerTrack($input: PeerTrackInput!) {\n  createPeerTrack(input: $input) {\n    ...PeerTrackFields\n  }\n}": types.CreatePeerTrackDocument,
    "mutation EnrolInPeerTrack($trackId: ID!, $municipalityId: ID!, $input: PeerEnrolmentInput!) {\n  enrolInPeerTrack(\n    trackId: $trackId\n    municipalityId: $municipalityId\n    input: $input\n  ) {\n    ...PeerEnrolmentFields\n  }\n}": types.EnrolInPeerTrackDocument,
    "query PeerEnrolmentOptions {\n  colleagues {\n    id\n    name\n  }\n  municipalities {\n    id\n    name\n  }\n}": types.PeerEnrolmentOptionsDocument,
    "query MyPeerGroups {\n  myPeerGroups {\n    ...PeerGroupFields\n  }\n}": types.MyPeerGroupsDocument,
    "query MyPeerHistory {\n  myPeerHistory {\n    trackId\n    title\n    startsOn\n    endsOn\n    partners {\n      municipalityId\n      name\n      current\n    }\n  }\n}": types.MyPeerHistoryDocument,
    "fragment PeerEnrolmentFields on PeerEnrolment {\n  id\n  version\n  trackId\n  municipalityId\n  municipalityName\n  availableMonths\n  consentShowGoals\n  withdrawnAt\n  updatedAt\n  declarations {\n    goalId\n    need\n    share\n  }\n  contacts {\n    userId\n    name\n    email\n  }\n  preferences {\n    kind\n    municipalityId\n    municipalityName\n  }\n}": types.PeerEnrolmentFieldsFragmentDoc,
    "query PeerEnrolments($trackId: ID!) {\n  peerEnrolments(trackId: $trackId) {\n    ...PeerEnrolmentFields\n  }\n}": types.PeerEnrolmentsDocument,
    "fragment PeerGroupFields on PeerGroup {\n  id\n  trackId\n  trackTitle\n  trackStartsOn\n  trackEndsOn\n  members {\n    municipalityId\n    name\n    contacts {\n      userId\n      name\n      email\n    }\n  }\n  pairedGoals {\n    goalId\n    goalTitle\n    learnerId\n    fromId\n  }\n}": types.PeerGroupFieldsFragmentDoc,
    "query PeerGroup($id: ID!) {\n  peerGroup(id: $id) {\n    ...PeerGroupFields\n  }\n}": types.PeerGroupDocument,
    "fragment PeerProposalFields on PeerProposal {\n  id\n  version\n  trackId\n  status\n  total\n  repeats\n  exact\n  stale\n  computedAt\n  publishedAt\n  groups {\n    id\n    position\n    locked\n    score\n    bonus\n    repeats\n    costOfBreaking\n    members {\n      id\n      name\n    }\n    learning {\n      goalId\n      learnerId\n      fromId\n      points\n    }\n  }\n}": types.PeerProposalFieldsFragmentDoc,
    "query PeerProposal($trackId: ID!) {\n  peerProposal(trackId: $trackId) {\n    ...PeerProposalFields\n  }\n}": types.PeerProposalDocument,
    "fragment PeerTrackFields on PeerTrack {\n  id\n  version\n  programmeId\n  title\n  description\n  startsOn\n  endsOn\n  enrolmentOpensAt\n  enrolmentClosesAt\n  evaluationClosesAt\n  enrolmentOpen\n  groupForm\n  multipleGroupsAllowed\n  createdAt\n  themes {\n    id\n    title\n  }\n  goals {\n    id\n    position\n    title\n  }\n  enrolmentCount {\n    kind\n    value\n    bound\n  }\n  viewerCan {\n    enrol\n    manage\n  }\n}": types.PeerTrackFieldsFragmentDoc,
    "query PeerTrackFormOptions {\n  programmes {\n    id\n    name\n    startYear\n    endYear\n    status\n  }\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      active\n    }\n  }\n}": types.PeerTrackFormOptionsDocument,
    "query PeerTrackOverview($trackId: ID!) {\n  peerTrackOverview(trackId: $trackId) {\n    trackId\n    groups {\n      groupId\n      members {\n        municipalityId\n        name\n      }\n      meetingsPlanned\n      meetingsHeld\n      lastActivityAt\n      evaluationResponses\n      idle\n      lastNudgedAt\n    }\n    evaluation {\n      responses\n      released\n      releasesAt\n      minimumResponses\n      suppressed\n      averageRating\n      comments\n    }\n  }\n}": types.PeerTrackOverviewDocument,
    "query PeerTrack($id: ID!) {\n  peerTrack(id: $id) {\n    ...PeerTrackFields\n  }\n}": types.PeerTrackDocument,
    "query PeerTracks($filter: PeerTrackFilter) {\n  peerTracks(filter: $filter) {\n    ...PeerTrackFields\n  }\n}": types.PeerTracksDocument,
    "query PreviewPeerArrangement($proposalId: ID!, $arrangement: PeerArrangementInput!) {\n  previewPeerArrangement(proposalId: $proposalId, arrangement: $arrangement) {\n    total\n    repeats\n    groupScores\n    violations\n  }\n}": types.PreviewPeerArrangementDocument,
    "mutation PublishPeerProposal($proposalId: ID!, $expectedVersion: Int!) {\n  publishPeerProposal(proposalId: $proposalId, expectedVersion: $expectedVersion) {\n    ...PeerProposalFields\n  }\n}": types.PublishPeerProposalDocument,
    "mutation RearrangePeerGroups($proposalId: ID!, $arrangement: PeerArrangementInput!, $expectedVersion: Int!) {\n  rearrangePeerGroups(\n    proposalId: $proposalId\n    arrangement: $arrangement\n    expectedVersion: $expectedVersion\n  ) {\n    ...PeerProposalFields\n  }\n}": types.RearrangePeerGroupsDocument,
    "mutation RunPeerPairing($trackId: ID!) {\n  runPeerPairing(trackId: $trackId) {\n    ...PeerProposalFields\n  }\n}": types.RunPeerPairingDocument,
    "mutation SetPeerGroupLocked($groupId: ID!, $locked: Boolean!, $expectedVersion: Int!) {\n  setPeerGroupLocked(\n    groupId: $groupId\n    locked: $locked\n    expectedVersion: $expectedVersion\n  ) {\n    ...PeerProposalFields\n  }\n}": types.SetPeerGroupLockedDocument,
    "mutation UpdatePeerEnrolment($id: ID!, $input: PeerEnrolmentInput!, $expectedVersion: Int!) {\n  updatePeerEnrolment(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PeerEnrolmentFields\n  }\n}": types.UpdatePeerEnrolmentDocument,
    "mutation UpdatePeerTrack($id: ID!, $input: PeerTrackInput!, $expectedVersion: Int!) {\n  updatePeerTrack(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PeerTrackFields\n  }\n}": types.UpdatePeerTrackDocument,
    "mutation WithdrawPeerEnrolment($id: ID!, $expectedVersion: Int!) {\n  withdrawPeerEnrolment(id: $id, expectedVersion: $expectedVersion) {\n    ...PeerEnrolmentFields\n  }\n}": types.WithdrawPeerEnrolmentDocument,
    "mutation AddPeerLogEntry($meetingId: ID!, $input: PeerLogInput!) {\n  addPeerLogEntry(meetingId: $meetingId, input: $input) {\n    id\n  }\n}": types.AddPeerLogEntryDocument,
    "mutation CancelPeerMeeting($meetingId: ID!, $expectedVersion: Int!) {\n  cancelPeerMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n    id\n    status\n    version\n  }\n}": types.CancelPeerMeetingDocument,
    "mutation EvaluatePeerGroup($groupId: ID!, $input: PeerGroupEvaluationInput!) {\n  evaluatePeerGroup(groupId: $groupId, input: $input) {\n    rating\n    comment\n  }\n}": types.EvaluatePeerGroupDocument,
    "query PeerGroupWork($groupId: ID!) {\n  peerGroupWork(groupId: $groupId) {\n    groupId\n    trackTitle\n    members {\n      municipalityId\n      name\n    }\n    meetings {\n      id\n      kind\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      hostMunicipalityId\n      hostMunicipalityName\n      status\n      version\n      log {\n        id\n        authorName\n        authorMunicipalityName\n        discussed\n        agreed\n        version\n        viewerCanEdit\n      }\n    }\n    evaluationClosesAt\n    myEvaluation {\n      rating\n      comment\n    }\n    viewerCan {\n      planMeetings\n      writeLog\n      evaluate\n    }\n  }\n}": types.PeerGroupWorkDocument,
    "mutation PlanPeerMeeting($groupId: ID!, $input: PeerMeetingInput!) {\n  planPeerMeeting(groupId: $groupId, input: $input) {\n    id\n  }\n}": types.PlanPeerMeetingDocument,
    "mutation UpdatePeerLogEntry($entryId: ID!, $expectedVersion: Int!, $input: PeerLogInput!) {\n  updatePeerLogEntry(\n    entryId: $entryId\n    expectedVersion: $expectedVersion\n    input: $input\n  ) {\n    id\n    discussed\n    agreed\n    version\n  }\n}": types.UpdatePeerLogEntryDocument,
    "mutation UpdatePeerMeeting($meetingId: ID!, $expectedVersion: Int!, $input: PeerMeetingInput!) {\n  updatePeerMeeting(\n    meetingId: $meetingId\n    expectedVersion: $expectedVersion\n    input: $input\n  ) {\n    id\n    kind\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    hostMunicipalityId\n    hostMunicipalityName\n    status\n    version\n  }\n}": types.UpdatePeerMeetingDocument,
    "query DisclosureSettings {\n  disclosureSettings {\n    threshold\n    municipalityCount\n    maxThreshold\n  }\n}": types.DisclosureSettingsDocument,
    "query LatestPicture {\n  latestPicture {\n    ...PictureSnapshotFields\n  }\n}": types.LatestPictureDocument,
    "fragment PictureLineFields on PictureLine {\n  theme {\n    id\n    title\n  }\n  municipalities {\n    kind\n    value\n    bound\n  }\n  followUp {\n    suppressed\n    open {\n      from\n      to\n    }\n    inProgress {\n      from\n      to\n    }\n    done {\n      from\n      to\n    }\n    notAdopted {\n      from\n      to\n    }\n  }\n  trend\n  learningEffect {\n    suppressed\n    tookPartMunicipalities {\n      kind\n      value\n      bound\n    }\n    tookPartProgress {\n      from\n      to\n    }\n    didNotMunicipalities {\n      kind\n      value\n      bound\n    }\n    didNotProgress {\n      from\n      to\n    }\n  }\n}": types.PictureLineFieldsFragmentDoc,
    "query PicturePreview {\n  picturePreview {\n    threshold\n    municipalityCount\n    contributingCount\n    contributingMunicipalities {\n      id\n      name\n    }\n    comparedWithPublishedAt\n    lines {\n      ...PictureLineFields\n    }\n    differencingRisks {\n      theme {\n        id\n        title\n      }\n      cell\n      smallestChange\n    }\n  }\n}": types.PicturePreviewDocument,
    "fragment PictureSnapshotFields on PictureSnapshot {\n  id\n  publishedAt\n  publishedByName\n  note\n  threshold\n  municipalityCount\n  contributingCount\n  comparedWithPublishedAt\n  lines {\n    ...PictureLineFields\n  }\n}": types.PictureSnapshotFieldsFragmentDoc,
    "query PictureSnapshot($id: ID!) {\n  pictureSnapshot(id: $id) {\n    ...PictureSnapshotFields\n  }\n}": types.PictureSnapshotDocument,
    "query PictureSnapshots($page: PageInput) {\n  pictureSnapshots(page: $page) {\n    total\n    items {\n      id\n      publishedAt\n      note\n    }\n  }\n}": types.PictureSnapshotsDocument,
    "mutation PublishPicture($note: String!, $acknowledgedRisks: [DifferencingCellInput!], $advice: [RegionalAdviceInput!]) {\n  publishPicture(\n    note: $note\n    acknowledgedRisks: $acknowledgedRisks\n    advice: $advice\n  ) {\n    ...PictureSnapshotFields\n  }\n}": types.PublishPictureDocument,
    "mutation SetDisclosureThreshold($k: Int!) {\n  setDisclosureThreshold(k: $k) {\n    threshold\n    municipalityCount\n    maxThreshold\n  }\n}": types.SetDisclosureThresholdDocument,
    "query ProgrammeBuilder($programmeId: ID!) {\n  programmeBuilder(programmeId: $programmeId) {\n    snapshotPublishedAt\n    programme {\n      id\n      name\n      startYear\n      endYear\n      viewerCan {\n        edit\n      }\n    }\n    themes {\n      rank\n      activityCount\n      municipalities {\n        kind\n        value\n        bound\n      }\n      theme {\n        id\n        title\n        description\n      }\n      nextSession {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n  }\n}": types.ProgrammeBuilderDocument,
    "query ProgrammeActivities($filter: ActivityFilter, $page: PageInput) {\n  activities(filter: $filter, page: $page) {\n    total\n    items {\n      ...ActivityFields\n      sessions {\n        id\n        status\n      }\n    }\n  }\n}": types.ProgrammeActivitiesDocument,
    "fragment ActivityFields on LearningActivity {\n  id\n  version\n  title\n  description\n  format\n  learningGoals\n  targetAudiences\n  plannedYear\n  plannedQuarter\n  updatedAt\n  programme {\n    id\n    name\n    startYear\n    endYear\n  }\n  themes {\n    id\n    title\n  }\n  viewerCan {\n    edit\n  }\n}": types.ActivityFieldsFragmentDoc,
    "query ActivityThemeOptions {\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      description\n      active\n    }\n  }\n}": types.ActivityThemeOptionsDocument,
    "query Activity($id: ID!) {\n  activity(id: $id) {\n    ...ActivityFields\n    programme {\n      id\n      defaultSessionStatus\n    }\n    owner {\n      id\n      name\n    }\n    sessions {\n      ...PlannedSessionFields\n    }\n  }\n}": types.ActivityDocument,
    "mutation CancelPlannedSession($id: ID!, $expectedVersion: Int!) {\n  cancelSession(id: $id, expectedVersion: $expectedVersion) {\n    ...PlannedSessionFields\n  }\n}": types.CancelPlannedSessionDocument,
    "mutation CreateActivity($input: ActivityInput!) {\n  createActivity(input: $input) {\n    ...ActivityFields\n  }\n}": types.CreateActivityDocument,
    "mutation CreateProgramme($input: ProgrammeInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeFields\n  }\n}": types.CreateProgrammeDocument,
    "query OverlappingSessions($input: OverlapQuery!) {\n  overlappingSessions(input: $input) {\n    sharedAudiences\n    session {\n      id\n      startsAt\n      endsAt\n      activity {\n        id\n        title\n      }\n    }\n  }\n}": types.OverlappingSessionsDocument,
    "mutation PlanSessionSeries($activityId: ID!, $input: PlanSessionSeriesInput!) {\n  planSessionSeries(activityId: $activityId, input: $input) {\n    ...PlannedSessionFields\n  }\n}": types.PlanSessionSeriesDocument,
    "mutation PlanSessions($activityId: ID!, $input: PlanSessionsInput!) {\n  planSessions(activityId: $activityId, input: $input) {\n    ...PlannedSessionFields\n  }\n}": types.PlanSessionsDocument,
    "fragment PlannedSessionFields on Session {\n  id\n  seriesId\n  startsAt\n  endsAt\n  onlineUrl\n  capacity\n  registrationDeadline\n  maxPerMunicipality\n  status\n  showParticipantNames\n  evaluationWindowDays\n  version\n  seatsTaken\n  waitlistLength\n  venue {\n    id\n    name\n    room\n  }\n  hostMunicipality {\n    id\n    name\n  }\n  facilitators {\n    id\n    name\n  }\n  viewerCan {\n    edit\n    cancel\n  }\n}": types.PlannedSessionFieldsFragmentDoc,
    "query PlannedSession($id: ID!) {\n  session(id: $id) {\n    ...PlannedSessionFields\n  }\n}": types.PlannedSessionDocument,
    "query PlanningOptions {\n  venues {\n    id\n    name\n    room\n    address\n  }\n  facilitators {\n    id\n    name\n    organisation\n  }\n  municipalities {\n    id\n    name\n  }\n}": types.PlanningOptionsDocument,
    "fragment ProgrammeFields on Programme {\n  id\n  version\n  name\n  startYear\n  endYear\n  goals\n  status\n  defaultSessionStatus\n  updatedAt\n  viewerCan {\n    edit\n  }\n}": types.ProgrammeFieldsFragmentDoc,
    "query Programme($id: ID!) {\n  programme(id: $id) {\n    ...ProgrammeFields\n  }\n}": types.ProgrammeDocument,
    "query Programmes {\n  programmes {\n    ...ProgrammeFields\n  }\n}": types.ProgrammesDocument,
    "query SessionSeriesPreview($activityId: ID!, $input: SessionSeriesInput!) {\n  sessionSeriesPreview(activityId: $activityId, input: $input) {\n    date\n    startsAt\n    endsAt\n    registrationDeadline\n    clashes {\n      reason\n      seriesDate\n      facilitatorName\n      session {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n    overlaps {\n      sharedAudiences\n      session {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n  }\n}": types.SessionSeriesPreviewDocument,
    "query ThemeProgramme($themeId: ID!) {\n  themeProgramme(themeId: $themeId) {\n    activities {\n      id\n      title\n      format\n      plannedYear\n      plannedQuarter\n      programme {\n        id\n        name\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        seatsTaken\n        capacity\n        attendance\n      }\n    }\n  }\n}": types.ThemeProgrammeDocument,
    "mutation UpdateActivity($id: ID!, $input: ActivityInput!, $expectedVersion: Int!) {\n  updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ActivityFields\n  }\n}": types.UpdateActivityDocument,
    "mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!, $expectedVersion: Int!) {\n  updateProgramme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ProgrammeFields\n  }\n}": types.UpdateProgrammeDocument,
    "mutation UpdatePlannedSession($id: ID!, $input: SessionInput!, $expectedVersion: Int!) {\n  updateSession(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PlannedSessionFields\n  }\n}": types.UpdatePlannedSessionDocument,
    "query FollowUpProgress($filter: ProgressFilter) {\n  followUpProgress(filter: $filter) {\n    series {\n      month\n      counts {\n        ...StatusCountFields\n      }\n    }\n    byFacet {\n      id\n      name\n      counts {\n        ...StatusCountFields\n      }\n    }\n    byTheme {\n      id\n      name\n      counts {\n        ...StatusCountFields\n      }\n    }\n    rescan {\n      baselineDate\n      rescanDate\n      carriedOver {\n        matchedBy\n        baseline {\n          ...RecommendationBriefFields\n        }\n        rescan {\n          ...RecommendationBriefFields\n        }\n      }\n      closed {\n        ...RecommendationBriefFields\n      }\n      new {\n        ...RecommendationBriefFields\n      }\n    }\n  }\n}\n\nfragment StatusCountFields on StatusCounts {\n  open\n  inProgress\n  done\n  notAdopted\n  overdue\n  total\n}\n\nfragment RecommendationBriefFields on RecommendationBrief {\n  id\n  reference\n  title\n  status\n}": types.FollowUpProgressDocument,
    "query Colleagues {\n  colleagues {\n    id\n    name\n  }\n}": types.ColleaguesDocument,
    "mutation InviteOwner($input: InviteOwnerInput!) {\n  inviteOwner(input: $input) {\n    id\n    status\n  }\n}": types.InviteOwnerDocument,
    "mutation MoveRecommendation($id: ID!, $input: FollowUpInput!) {\n  recordFollowUp(id: $id, input: $input) {\n    ...RecommendationListFields\n  }\n}": types.MoveRecommendationDocument,
    "query OwnerInvitations($recommendationId: ID!) {\n  ownerInvitations(recommendationId: $recommendationId) {\n    id\n    email\n    name\n    status\n    expiresAt\n    demoLink\n  }\n}": types.OwnerInvitationsDocument,
    "fragment RecommendationDetailFields on Recommendation {\n  ...RecommendationListFields\n  body\n  statusReason\n  statusChangedAt\n  createdAt\n  scan {\n    id\n    scanDate\n  }\n  timeline {\n    ...TimelineEntryFields\n  }\n  viewerCan {\n    edit\n    followUp\n    recordProgress\n  }\n}": types.RecommendationDetailFieldsFragmentDoc,
    "query RecommendationExport($format: ExportFormat!, $filter: RecommendationFilter, $sort: RecommendationSort) {\n  recommendationExport(format: $format, filter: $filter, sort: $sort) {\n    fileName\n    contentType\n    contentBase64\n  }\n}": types.RecommendationExportDocument,
    "query RecommendationFilterOptions {\n  facets(includeInactive: true) {\n    id\n    name\n    active\n  }\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      active\n    }\n  }\n}": types.RecommendationFilterOptionsDocument,
    "fragment RecommendationListFields on Recommendation {\n  id\n  reference\n  title\n  priority\n  status\n  dueDate\n  overdue\n  version\n  facet {\n    id\n    name\n  }\n  themes {\n    id\n    title\n  }\n  municipality {\n    id\n    name\n  }\n  owner {\n    id\n    name\n  }\n}": types.RecommendationListFieldsFragmentDoc,
    "query Recommendation($id: ID!) {\n  recommendation(id: $id) {\n    ...RecommendationDetailFields\n  }\n}": types.RecommendationDocument,
    "query Recommendations($filter: RecommendationFilter, $sort: RecommendationSort, $page: PageInput) {\n  recommendations(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...RecommendationListFields\n    }\n  }\n}": types.RecommendationsDocument,
    "mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n  recordFollowUp(id: $id, input: $input) {\n    ...RecommendationDetailFields\n  }\n}": types.RecordFollowUpDocument,
    "mutation RecordProgress($id: ID!, $input: ProgressInput!) {\n  recordProgress(id: $id, input: $input) {\n    id\n  }\n}": types.RecordProgressDocument,
    "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    id\n    status\n  }\n}": types.RevokeInvitationDocument,
    "fragment TimelineEntryFields on TimelineEntry {\n  id\n  kind\n  at\n  actor {\n    id\n    name\n  }\n  fromStatus\n  toStatus\n  reason\n  fromOwner {\n    id\n    name\n  }\n  toOwner {\n    id\n    name\n  }\n  fromDueDate\n  toDueDate\n  note\n  links\n  attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n  }\n  learning {\n    kind\n    id\n    title\n  }\n  fromConsent\n  toConsent\n}": types.TimelineEntryFieldsFragmentDoc,
    "query AdviceThemes {\n  themes(filter: {active: true}, page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n}": types.AdviceThemesDocument,
    "query AdviceAnswerOptions {\n  activities(page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n  peerTracks {\n    id\n    title\n  }\n}": types.AdviceAnswerOptionsDocument,
    "mutation AnswerRegionalAdvice($input: AdviceAnswerInput!) {\n  answerRegionalAdvice(input: $input) {\n    ...RegionalAdviceFields\n  }\n}": types.AnswerRegionalAdviceDocument,
    "fragment RegionalAdviceFields on RegionalAdvice {\n  id\n  snapshotId\n  position\n  title\n  body\n  priority\n  themes {\n    id\n    title\n  }\n  answerVersion\n  answer {\n    status\n    explanation\n    updatedAt\n    updatedByName\n    activities {\n      id\n      title\n    }\n    tracks {\n      id\n      title\n    }\n  }\n  answerHistory {\n    version\n    status\n    explanation\n    at\n    byName\n    activities {\n      id\n      title\n    }\n    tracks {\n      id\n      title\n    }\n  }\n  viewerCan {\n    answer\n  }\n}": types.RegionalAdviceFieldsFragmentDoc,
    "query RegionalAdvice($snapshotId: ID) {\n  regionalAdvice(snapshotId: $snapshotId) {\n    ...RegionalAdviceFields\n  }\n}": types.RegionalAdviceDocument,
    "query RoadmapCell($programmeId: ID!, $themeId: ID!, $year: Int!, $quarter: Int, $byQuarter: Boolean, $page: PageInput) {\n  roadmapCell(\n    programmeId: $programmeId\n    themeId: $themeId\n    year: $year\n    quarter: $quarter\n    byQuarter: $byQuarter\n    page: $page\n  ) {\n    activities {\n      total\n      items {\n        id\n        title\n      }\n    }\n    tracks {\n      id\n      title\n    }\n  }\n}": types.RoadmapCellDocument,
    "query Roadmap($programmeId: ID!, $byQuarter: Boolean) {\n  roadmap(programmeId: $programmeId, byQuarter: $byQuarter) {\n    years\n    byQuarter\n    periods {\n      year\n      quarter\n    }\n    rows {\n      theme {\n        id\n        title\n        active\n      }\n      gapYears\n      activityCounts\n      sessionCounts\n      trackCounts\n    }\n  }\n}": types.RoadmapDocument,
    "mutation ApproveRoleGrant($id: ID!) {\n  approveRoleGrant(id: $id) {\n    ...RoleGrantFields\n  }\n}": types.ApproveRoleGrantDocument,
    "mutation RejectRoleGrant($id: ID!, $note: String) {\n  rejectRoleGrant(id: $id, note: $note) {\n    ...RoleGrantFields\n  }\n}": types.RejectRoleGrantDocument,
    "fragment RoleGrantFields on RoleGrant {\n  id\n  status\n  requestedRole\n  requestedAt\n  decidedAt\n  note\n  municipality {\n    id\n    name\n  }\n  user {\n    id\n    name\n    email\n  }\n  requestedBy {\n    id\n    name\n  }\n  decidedBy {\n    id\n    name\n  }\n  viewerCan {\n    decide\n  }\n}": types.RoleGrantFieldsFragmentDoc,
    "query RoleGrants($status: RoleGrantStatus) {\n  roleGrants(status: $status) {\n    ...RoleGrantFields\n  }\n}": types.RoleGrantsDocument,
    "query ThemeSuggestions($ids: [ID!]!) {\n  themeSuggestions(recommendationIds: $ids) {\n    recommendationId\n    suggestions {\n      theme {\n        id\n        title\n      }\n      fromFacet\n      words {\n        word\n        themeWord\n      }\n    }\n  }\n}\n\nmutation LinkRecommendationsToThemes($ids: [ID!]!, $themeIds: [ID!]!, $expectedVersions: [Int!]!) {\n  linkRecommendationsToThemes(\n    ids: $ids\n    themeIds: $themeIds\n    expectedVersions: $expectedVersions\n  ) {\n    id\n    version\n    themes {\n      id\n      title\n    }\n  }\n}": types.ThemeSuggestionsDocument,
    "query CarriedOverChoice($id: ID!) {\n  carriedOverChoice(id: $id) {\n    current {\n      id\n      reference\n      title\n      scanDate\n    }\n    candidates {\n      id\n      reference\n      title\n      scanDate\n    }\n  }\n}\n\nmutation SetRecommendationCarriedOver($id: ID!, $fromId: ID, $expectedVersion: Int!) {\n  setRecommendationCarriedOver(\n    id: $id\n    fromId: $fromId\n    expectedVersion: $expectedVersion\n  ) {\n    id\n    version\n  }\n}": types.CarriedOverChoiceDocument,
    "mutation CreateRecommendation($input: NewRecommendationInput!) {\n  createRecommendation(input: $input) {\n    id\n  }\n}": types.CreateRecommendationDocument,
    "mutation CreateScan($input: ScanInput!) {\n  createScan(input: $input) {\n    ...ScanFields\n  }\n}": types.CreateScanDocument,
    "query CurrentRecommendation($id: ID!) {\n  recommendation(id: $id) {\n    id\n    version\n    reference\n    title\n    body\n    priority\n    facet {\n      id\n      name\n    }\n    themes {\n      id\n      title\n    }\n  }\n}": types.CurrentRecommendationDocument,
    "mutation DeleteRecommendation($id: ID!, $expectedVersion: Int!) {\n  deleteRecommendation(id: $id, expectedVersion: $expectedVersion)\n}": types.DeleteRecommendationDocument,
    "mutation DeleteScan($id: ID!, $expectedVersion: Int!) {\n  deleteScan(id: $id, expectedVersion: $expectedVersion)\n}": types.DeleteScanDocument,
    "mutation HoldBackRecommendation($recommendationId: ID!) {\n  holdBackRecommendation(recommendationId: $recommendationId) {\n    recommendationId\n  }\n}": types.HoldBackRecommendationDocument,
    "mutation ImportRecommendations($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {\n  importRecommendations(\n    scanId: $scanId\n    format: $format\n    contentBase64: $contentBase64\n  ) {\n    imported\n  }\n}": types.ImportRecommendationsDocument,
    "query PreviewRecommendationImport($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {\n  previewRecommendationImport(\n    scanId: $scanId\n    format: $format\n    contentBase64: $contentBase64\n  ) {\n    rows {\n      row\n      reference\n      title\n      facetName\n      priority\n      themeTitles\n    }\n    errors {\n      row\n      column\n      reason\n    }\n    ignoredColumns\n  }\n}": types.PreviewRecommendationImportDocument,
    "mutation ReleaseRecommendation($recommendationId: ID!) {\n  releaseRecommendation(recommendationId: $recommendationId) {\n    recommendationId\n  }\n}": types.ReleaseRecommendationDocument,
    "fragment ScanConsentFields on ScanConsent {\n  status\n  basis\n  decisionDate\n  reference\n  decidedBy {\n    id\n    name\n  }\n  decidedAt\n  version\n  viewerCanRecord\n}": types.ScanConsentFieldsFragmentDoc,
    "fragment ScanFields on Scan {\n  id\n  version\n  scanDate\n  kind\n  scope\n  summary\n  createdAt\n  recommendationCount\n  municipality {\n    id\n    name\n  }\n  viewerCan {\n    edit\n  }\n}": types.ScanFieldsFragmentDoc,
    "query ScanFormOptions {\n  facets {\n    id\n    name\n  }\n  themes(filter: {active: true}, page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n}": types.ScanFormOptionsDocument,
    "query ScanRecommendations($scanId: ID!, $page: PageInput) {\n  recommendations(\n    filter: {scanId: $scanId}\n    sort: {field: PRIORITY, direction: ASC}\n    page: $page\n  ) {\n    total\n    items {\n      ...RecommendationListFields\n      body\n      viewerCan {\n        edit\n      }\n      holdBack {\n        heldBackAt\n      }\n    }\n  }\n}": types.ScanRecommendationsDocument,
    "query Scan($id: ID!) {\n  scan(id: $id) {\n    ...ScanFields\n    consent {\n      ...ScanConsentFields\n    }\n  }\n}": types.ScanDocument,
    "query Scans($municipalityId: ID) {\n  scans(municipalityId: $municipalityId) {\n    ...ScanFields\n  }\n}": types.ScansDocument,
    "mutation SetRecommendationThemes($id: ID!, $themeIds: [ID!]!, $expectedVersion: Int!) {\n  setRecommendationThemes(\n    id: $id\n    themeIds: $themeIds\n    expectedVersion: $expectedVersion\n  ) {\n    id\n    version\n    themes {\n      id\n      title\n    }\n  }\n}": types.SetRecommendationThemesDocument,
    "mutation SetScanConsent($scanId: ID!, $input: ScanConsentInput!, $expectedVersion: Int!) {\n  setScanConsent(\n    scanId: $scanId\n    input: $input\n    expectedVersion: $expectedVersion\n  ) {\n    ...ScanConsentFields\n  }\n}": types.SetScanConsentDocument,
    "mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {\n  updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...RecommendationListFields\n    body\n  }\n}": types.UpdateRecommendationDocument,
    "mutation UpdateScan($id: ID!, $input: ScanInput!, $expectedVersion: Int!) {\n  updateScan(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ScanFields\n  }\n}": types.UpdateScanDocument,
    "mutation AddSessionLink($sessionId: ID!, $input: SessionLinkInput!) {\n  addSessionLink(sessionId: $sessionId, input: $input) {\n    id\n  }\n}": types.AddSessionLinkDocument,
    "mutation RemoveSessionMaterial($id: ID!) {\n  removeSessionMaterial(id: $id)\n}": types.RemoveSessionMaterialDocument,
    "mutation SendSessionMessage($sessionId: ID!, $input: StaffMessageInput!) {\n  sendSessionMessage(sessionId: $sessionId, input: $input) {\n    id\n    recipientCount\n  }\n}": types.SendSessionMessageDocument,
    "query SessionExtras($sessionId: ID!) {\n  sessionExtras(sessionId: $sessionId) {\n    sessionId\n    materials {\n      id\n      kind\n      title\n      url\n      fileName\n      sizeBytes\n      downloadPath\n      createdAt\n    }\n    viewerCan {\n      manageMaterials\n      readMaterials\n      sendMessage\n      certificate\n    }\n  }\n}": types.SessionExtrasDocument,
    "mutation CancelRegistration($registrationId: ID!) {\n  cancelRegistration(registrationId: $registrationId) {\n    ...RegistrationFields\n  }\n}": types.CancelRegistrationDocument,
    "query ParticipantListCsv($sessionId: ID!) {\n  participantListCsv(sessionId: $sessionId)\n}": types.ParticipantListCsvDocument,
    "mutation RecordAttendance($sessionId: ID!, $attendance: [AttendanceInput!]!) {\n  recordAttendance(sessionId: $sessionId, attendance: $attendance) {\n    id\n    attended\n  }\n}": types.RecordAttendanceDocument,
    "mutation RegisterColleague($sessionId: ID!, $userId: ID!) {\n  registerColleague(sessionId: $sessionId, userId: $userId) {\n    ...RegistrationFields\n  }\n}": types.RegisterColleagueDocument,
    "mutation RegisterForSession($sessionId: ID!) {\n  registerForSession(sessionId: $sessionId) {\n    ...RegistrationFields\n  }\n}": types.RegisterForSessionDocument,
    "fragment RegistrationFields on Registration {\n  id\n  status\n  waitlistPosition\n  attended\n  createdAt\n  cancelledAt\n  participant {\n    id\n    name\n    email\n  }\n  registeredBy {\n    id\n    name\n  }\n  municipality {\n    id\n    name\n  }\n  viewerCan {\n    cancel\n    evaluate\n  }\n}": types.RegistrationFieldsFragmentDoc,
    "query RegistrationsByMunicipality($sessionId: ID!) {\n  registrationsByMunicipality(sessionId: $sessionId) {\n    municipality {\n      id\n      name\n    }\n    confirmed\n    waitlisted\n    cancelled\n    attended\n  }\n}": types.RegistrationsByMunicipalityDocument,
    "query SessionColleagues {\n  colleagues {\n    id\n    name\n  }\n}": types.SessionColleaguesDocument,
    "query SessionFilterOptions {\n  themes(filter: {active: true}, page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n  municipalities {\n    id\n    name\n  }\n}": types.SessionFilterOptionsDocument,
    "query SessionRegistrations($sessionId: ID!) {\n  sessionRegistrations(sessionId: $sessionId) {\n    ...RegistrationFields\n  }\n}": types.SessionRegistrationsDocument,
    "fragment SessionSummary on Session {\n  id\n  startsAt\n  endsAt\n  status\n  capacity\n  seatsTaken\n  seatsLeft\n  waitlistLength\n  online\n  onlineUrl\n  viewerCanRegister\n  activity {\n    id\n    title\n    format\n  }\n  themes {\n    id\n    title\n  }\n  venue {\n    id\n    name\n    room\n  }\n  hostMunicipality {\n    id\n    name\n  }\n  viewerRegistration {\n    id\n    status\n    waitlistPosition\n  }\n}": types.SessionSummaryFragmentDoc,
    "query Session($id: ID!) {\n  session(id: $id) {\n    ...SessionSummary\n    registrationDeadline\n    showParticipantNames\n    maxPerMunicipality\n    timeZone\n    activity {\n      id\n      description\n      programme {\n        id\n        name\n      }\n    }\n    venue {\n      id\n      address\n    }\n    facilitators {\n      id\n      name\n      organisation\n    }\n    participants {\n      name\n      municipality {\n        id\n        name\n      }\n    }\n    viewerCan {\n      edit\n      cancel\n    }\n    viewerRegistration {\n      ...RegistrationFields\n    }\n  }\n}": types.SessionDocument,
    "query Sessions($filter: SessionFilter, $page: PageInput) {\n  sessions(filter: $filter, page: $page) {\n    total\n    items {\n      ...SessionSummary\n    }\n  }\n}": types.SessionsDocument,
    "mutation CreateTheme($input: ThemeInput!) {\n  createTheme(input: $input) {\n    ...ThemeFields\n  }\n}": types.CreateThemeDocument,
    "mutation SetThemeActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {\n  setThemeActive(id: $id, active: $active, expectedVersion: $expectedVersion) {\n    id\n    active\n    version\n    updatedAt\n  }\n}": types.SetThemeActiveDocument,
    "query ThemeFacetOptions {\n  facets(includeInactive: true) {\n    id\n    name\n    active\n    position\n  }\n}": types.ThemeFacetOptionsDocument,
    "fragment ThemeFields on Theme {\n  id\n  version\n  title\n  description\n  yearIdentified\n  active\n  updatedAt\n  facets {\n    id\n    name\n    active\n  }\n  viewerCan {\n    edit\n  }\n}": types.ThemeFieldsFragmentDoc,
    "query ThemePeerTracks($themeId: ID!) {\n  themeProgramme(themeId: $themeId) {\n    peerTracks {\n      id\n      title\n      startsOn\n      endsOn\n      enrolmentStatus\n      enrolmentCount {\n        kind\n        value\n        bound\n      }\n      publishedGroupCount\n      publishedGroupCountWithheld\n    }\n  }\n}": types.ThemePeerTracksDocument,
    "query ThemePictureLine($themeId: ID!) {\n  themePictureLine(themeId: $themeId) {\n    ...PictureLineFields\n  }\n  latestPicture {\n    id\n    publishedAt\n  }\n}": types.ThemePictureLineDocument,
    "query Theme($id: ID!) {\n  theme(id: $id) {\n    ...ThemeFields\n  }\n}": types.ThemeDocument,
    "query Themes($filter: ThemeFilter, $sort: ThemeSort, $page: PageInput) {\n  themes(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...ThemeFields\n    }\n  }\n}": types.ThemesDocument,
    "mutation UpdateTheme($id: ID!, $input: ThemeInput!, $expectedVersion: Int!) {\n  updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ThemeFields\n  }\n}": types.UpdateThemeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"): (typeof documents)["mutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DigestSetting {\n  me {\n    id\n    overdueDigest\n  }\n}"): (typeof documents)["query DigestSetting {\n  me {\n    id\n    overdueDigest\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetLocale($locale: Locale!) {\n  setLocale(locale: $locale) {\n    id\n    locale\n  }\n}"): (typeof documents)["mutation SetLocale($locale: Locale!) {\n  setLocale(locale: $locale) {\n    id\n    locale\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetOverdueDigest($enabled: Boolean!) {\n  setOverdueDigest(enabled: $enabled) {\n    id\n    overdueDigest\n  }\n}"): (typeof documents)["mutation SetOverdueDigest($enabled: Boolean!) {\n  setOverdueDigest(enabled: $enabled) {\n    id\n    overdueDigest\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminUserFields on User {\n  id\n  email\n  name\n  role\n  disabled\n  version\n  createdAt\n  municipality {\n    id\n    name\n  }\n  pendingRoleGrant {\n    id\n    requestedRole\n    municipality {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment AdminUserFields on User {\n  id\n  email\n  name\n  role\n  disabled\n  version\n  createdAt\n  municipality {\n    id\n    name\n  }\n  pendingRoleGrant {\n    id\n    requestedRole\n    municipality {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminUser($id: ID!) {\n  user(id: $id) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["query AdminUser($id: ID!) {\n  user(id: $id) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Municipalities {\n  municipalities {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["query Municipalities {\n  municipalities {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserDisabled($id: ID!, $disabled: Boolean!, $expectedVersion: Int!) {\n  setUserDisabled(id: $id, disabled: $disabled, expectedVersion: $expectedVersion) {\n    id\n    disabled\n    version\n  }\n}"): (typeof documents)["mutation SetUserDisabled($id: ID!, $disabled: Boolean!, $expectedVersion: Int!) {\n  setUserDisabled(id: $id, disabled: $disabled, expectedVersion: $expectedVersion) {\n    id\n    disabled\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...AdminUserFields\n  }\n}"): (typeof documents)["mutation UpdateUser($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {\n  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...AdminUserFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {\n  users(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...AdminUserFields\n    }\n  }\n}"): (typeof documents)["query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {\n  users(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...AdminUserFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($filter: AuditFilterInput, $paging: AuditPageInput) {\n  auditLog(filter: $filter, paging: $paging) {\n    total\n    totalCapped\n    olderCursor\n    newerCursor\n    items {\n      id\n      at\n      actorName\n      actorEmail\n      actorRole\n      action\n      entity\n      entityId\n      count\n      requestId\n    }\n  }\n}\n\nquery AuditActors {\n  auditActors {\n    id\n    name\n    email\n  }\n}"): (typeof documents)["query AuditLog($filter: AuditFilterInput, $paging: AuditPageInput) {\n  auditLog(filter: $filter, paging: $paging) {\n    total\n    totalCapped\n    olderCursor\n    newerCursor\n    items {\n      id\n      at\n      actorName\n      actorEmail\n      actorRole\n      action\n      entity\n      entityId\n      count\n      requestId\n    }\n  }\n}\n\nquery AuditActors {\n  auditActors {\n    id\n    name\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordResetPreview($token: String!) {\n  passwordReset(token: $token) {\n    email\n    expiresAt\n  }\n}"): (typeof documents)["query PasswordResetPreview($token: String!) {\n  passwordReset(token: $token) {\n    email\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"): (typeof documents)["mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on User {\n  id\n  email\n  name\n  role\n  permissions\n  locale\n  municipality {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  email\n  name\n  role\n  permissions\n  locale\n  municipality {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardReport($snapshotId: ID!) {\n  boardReport(snapshotId: $snapshotId) {\n    generatedAt\n    snapshot {\n      ...PictureSnapshotFields\n    }\n    advice {\n      ...RegionalAdviceFields\n    }\n    learning {\n      until\n      activities\n      sessionsHeld\n      attendances {\n        kind\n        value\n        bound\n      }\n      attendingMunicipalities {\n        kind\n        value\n        bound\n      }\n      tracks\n      enrolledMunicipalities {\n        kind\n        value\n        bound\n      }\n      peerGroups\n    }\n  }\n}"): (typeof documents)["query BoardReport($snapshotId: ID!) {\n  boardReport(snapshotId: $snapshotId) {\n    generatedAt\n    snapshot {\n      ...PictureSnapshotFields\n    }\n    advice {\n      ...RegionalAdviceFields\n    }\n    learning {\n      until\n      activities\n      sessionsHeld\n      attendances {\n        kind\n        value\n        bound\n      }\n      attendingMunicipalities {\n        kind\n        value\n        bound\n      }\n      tracks\n      enrolledMunicipalities {\n        kind\n        value\n        bound\n      }\n      peerGroups\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CalendarFeedFields on CalendarFeed {\n  id\n  scope\n  createdAt\n  municipality {\n    id\n    name\n  }\n  programme {\n    id\n    name\n  }\n}"): (typeof documents)["fragment CalendarFeedFields on CalendarFeed {\n  id\n  scope\n  createdAt\n  municipality {\n    id\n    name\n  }\n  programme {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarFeedProgrammes {\n  programmes {\n    id\n    name\n    status\n  }\n}"): (typeof documents)["query CalendarFeedProgrammes {\n  programmes {\n    id\n    name\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCalendarFeed($scope: CalendarFeedScope!, $programmeId: ID) {\n  createCalendarFeed(scope: $scope, programmeId: $programmeId) {\n    url\n    feed {\n      ...CalendarFeedFields\n    }\n  }\n}"): (typeof documents)["mutation CreateCalendarFeed($scope: CalendarFeedScope!, $programmeId: ID) {\n  createCalendarFeed(scope: $scope, programmeId: $programmeId) {\n    url\n    feed {\n      ...CalendarFeedFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCalendarFeeds {\n  myCalendarFeeds {\n    ...CalendarFeedFields\n  }\n}"): (typeof documents)["query MyCalendarFeeds {\n  myCalendarFeeds {\n    ...CalendarFeedFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegenerateCalendarFeed($id: ID!) {\n  regenerateCalendarFeed(id: $id) {\n    url\n    feed {\n      ...CalendarFeedFields\n    }\n  }\n}"): (typeof documents)["mutation RegenerateCalendarFeed($id: ID!) {\n  regenerateCalendarFeed(id: $id) {\n    url\n    feed {\n      ...CalendarFeedFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeCalendarFeed($id: ID!) {\n  revokeCalendarFeed(id: $id)\n}"): (typeof documents)["mutation RevokeCalendarFeed($id: ID!) {\n  revokeCalendarFeed(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityEvaluationExport($activityId: ID!) {\n  activityEvaluationExport(activityId: $activityId) {\n    filename\n    csv\n    sessions\n  }\n}"): (typeof documents)["query ActivityEvaluationExport($activityId: ID!) {\n  activityEvaluationExport(activityId: $activityId) {\n    filename\n    csv\n    sessions\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityEvaluationQuestions($id: ID!) {\n  activity(id: $id) {\n    id\n    viewerCan {\n      edit\n    }\n    evaluationQuestions {\n      isDefault\n      version\n      questions {\n        ...EvaluationQuestionFields\n        answered\n      }\n    }\n  }\n}"): (typeof documents)["query ActivityEvaluationQuestions($id: ID!) {\n  activity(id: $id) {\n    id\n    viewerCan {\n      edit\n    }\n    evaluationQuestions {\n      isDefault\n      version\n      questions {\n        ...EvaluationQuestionFields\n        answered\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvaluationForm($sessionId: ID!) {\n  evaluationForm(sessionId: $sessionId) {\n    sessionId\n    closesAt\n    open\n    questions {\n      ...EvaluationQuestionFields\n    }\n    mine {\n      submittedAt\n      updatedAt\n      answers {\n        questionId\n        questionText\n        rating\n        text\n      }\n    }\n  }\n}"): (typeof documents)["query EvaluationForm($sessionId: ID!) {\n  evaluationForm(sessionId: $sessionId) {\n    sessionId\n    closesAt\n    open\n    questions {\n      ...EvaluationQuestionFields\n    }\n    mine {\n      submittedAt\n      updatedAt\n      answers {\n        questionId\n        questionText\n        rating\n        text\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EvaluationQuestionFields on EvaluationQuestion {\n  id\n  kind\n  text\n  scaleMax\n  lowLabel\n  highLabel\n  required\n  retired\n}"): (typeof documents)["fragment EvaluationQuestionFields on EvaluationQuestion {\n  id\n  kind\n  text\n  scaleMax\n  lowLabel\n  highLabel\n  required\n  retired\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveEvaluationQuestions($activityId: ID!, $expectedVersion: Int!, $questions: [EvaluationQuestionInput!]!) {\n  saveEvaluationQuestions(\n    activityId: $activityId\n    expectedVersion: $expectedVersion\n    questions: $questions\n  ) {\n    isDefault\n    version\n    questions {\n      ...EvaluationQuestionFields\n      answered\n    }\n  }\n}"): (typeof documents)["mutation SaveEvaluationQuestions($activityId: ID!, $expectedVersion: Int!, $questions: [EvaluationQuestionInput!]!) {\n  saveEvaluationQuestions(\n    activityId: $activityId\n    expectedVersion: $expectedVersion\n    questions: $questions\n  ) {\n    isDefault\n    version\n    questions {\n      ...EvaluationQuestionFields\n      answered\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionEvaluationExport($sessionId: ID!) {\n  sessionEvaluationExport(sessionId: $sessionId) {\n    filename\n    csv\n  }\n}"): (typeof documents)["query SessionEvaluationExport($sessionId: ID!) {\n  sessionEvaluationExport(sessionId: $sessionId) {\n    filename\n    csv\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionEvaluation($sessionId: ID!) {\n  sessionEvaluation(sessionId: $sessionId) {\n    minimumResponses\n    responses\n    released\n    releasesAt\n    suppressed\n    questions {\n      question {\n        ...EvaluationQuestionFields\n      }\n      suppressed\n      averageRating\n      openAnswers\n    }\n  }\n}"): (typeof documents)["query SessionEvaluation($sessionId: ID!) {\n  sessionEvaluation(sessionId: $sessionId) {\n    minimumResponses\n    responses\n    released\n    releasesAt\n    suppressed\n    questions {\n      question {\n        ...EvaluationQuestionFields\n      }\n      suppressed\n      averageRating\n      openAnswers\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitEvaluation($sessionId: ID!, $answers: [EvaluationAnswerInput!]!) {\n  submitEvaluation(sessionId: $sessionId, answers: $answers) {\n    submittedAt\n    updatedAt\n  }\n}"): (typeof documents)["mutation SubmitEvaluation($sessionId: ID!, $answers: [EvaluationAnswerInput!]!) {\n  submitEvaluation(sessionId: $sessionId, answers: $answers) {\n    submittedAt\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFacet($input: FacetInput!) {\n  createFacet(input: $input) {\n    ...FacetAdminFields\n  }\n}"): (typeof documents)["mutation CreateFacet($input: FacetInput!) {\n  createFacet(input: $input) {\n    ...FacetAdminFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FacetAdminFields on Facet {\n  id\n  version\n  name\n  description\n  position\n  active\n  viewerCan {\n    edit\n  }\n}"): (typeof documents)["fragment FacetAdminFields on Facet {\n  id\n  version\n  name\n  description\n  position\n  active\n  viewerCan {\n    edit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FacetAdminList {\n  facets(includeInactive: true) {\n    ...FacetAdminFields\n  }\n}"): (typeof documents)["query FacetAdminList {\n  facets(includeInactive: true) {\n    ...FacetAdminFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReorderFacets($input: ReorderFacetsInput!) {\n  reorderFacets(input: $input) {\n    id\n    position\n    version\n  }\n}"): (typeof documents)["mutation ReorderFacets($input: ReorderFacetsInput!) {\n  reorderFacets(input: $input) {\n    id\n    position\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetFacetActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {\n  setFacetActive(id: $id, active: $active, expectedVersion: $expectedVersion) {\n    id\n    active\n    version\n  }\n}"): (typeof documents)["mutation SetFacetActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {\n  setFacetActive(id: $id, active: $active, expectedVersion: $expectedVersion) {\n    id\n    active\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFacet($id: ID!, $input: FacetInput!, $expectedVersion: Int!) {\n  updateFacet(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...FacetAdminFields\n  }\n}"): (typeof documents)["mutation UpdateFacet($id: ID!, $input: FacetInput!, $expectedVersion: Int!) {\n  updateFacet(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...FacetAdminFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HomeRecommendationFields on HomeRecommendation {\n  id\n  title\n  dueDate\n  status\n}"): (typeof documents)["fragment HomeRecommendationFields on HomeRecommendation {\n  id\n  title\n  dueDate\n  status\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HomeSessionFields on HomeSession {\n  id\n  title\n  startsAt\n  registrationDeadline\n  status\n  capacity\n  confirmed\n  waitlisted\n}"): (typeof documents)["fragment HomeSessionFields on HomeSession {\n  id\n  title\n  startsAt\n  registrationDeadline\n  status\n  capacity\n  confirmed\n  waitlisted\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Home {\n  home {\n    nextSessions {\n      ...HomeSessionFields\n    }\n    waitlist {\n      position\n      session {\n        ...HomeSessionFields\n      }\n    }\n    evaluationsToGive {\n      closesAt\n      session {\n        ...HomeSessionFields\n      }\n    }\n    openTracks {\n      id\n      title\n      enrolmentClosesAt\n      enrolled\n    }\n    followUp {\n      dueSoon {\n        ...HomeRecommendationFields\n      }\n      dueSoonTotal\n      overdue {\n        ...HomeRecommendationFields\n      }\n      overdueTotal\n      open\n      inProgress\n      done\n      notAdopted\n    }\n    colleagueRegistrations {\n      id\n      personName\n      status\n      session {\n        ...HomeSessionFields\n      }\n    }\n    programme {\n      upcoming {\n        ...HomeSessionFields\n      }\n      drafts {\n        ...HomeSessionFields\n      }\n      draftTotal\n      deadlinesThisWeek {\n        ...HomeSessionFields\n      }\n      withWaitlist {\n        ...HomeSessionFields\n      }\n      themesWithoutOffer {\n        id\n        title\n      }\n    }\n    analysis {\n      staleAfterYears\n      municipalities {\n        municipalityId\n        name\n        lastScanDate\n        scanMissingOrOld\n        withoutTheme\n      }\n      lastSnapshotId\n      lastSnapshotAt\n      scansSinceSnapshot\n      recommendationsSinceSnapshot\n    }\n    pendingRoleGrants {\n      id\n      userName\n      requestedRole\n      municipalityName\n      requestedAt\n    }\n    administration {\n      disabledAccounts {\n        id\n        name\n        email\n        disabledAt\n      }\n      disabledTotal\n      failedMessages\n      pendingInvitations\n    }\n  }\n}"): (typeof documents)["query Home {\n  home {\n    nextSessions {\n      ...HomeSessionFields\n    }\n    waitlist {\n      position\n      session {\n        ...HomeSessionFields\n      }\n    }\n    evaluationsToGive {\n      closesAt\n      session {\n        ...HomeSessionFields\n      }\n    }\n    openTracks {\n      id\n      title\n      enrolmentClosesAt\n      enrolled\n    }\n    followUp {\n      dueSoon {\n        ...HomeRecommendationFields\n      }\n      dueSoonTotal\n      overdue {\n        ...HomeRecommendationFields\n      }\n      overdueTotal\n      open\n      inProgress\n      done\n      notAdopted\n    }\n    colleagueRegistrations {\n      id\n      personName\n      status\n      session {\n        ...HomeSessionFields\n      }\n    }\n    programme {\n      upcoming {\n        ...HomeSessionFields\n      }\n      drafts {\n        ...HomeSessionFields\n      }\n      draftTotal\n      deadlinesThisWeek {\n        ...HomeSessionFields\n      }\n      withWaitlist {\n        ...HomeSessionFields\n      }\n      themesWithoutOffer {\n        id\n        title\n      }\n    }\n    analysis {\n      staleAfterYears\n      municipalities {\n        municipalityId\n        name\n        lastScanDate\n        scanMissingOrOld\n        withoutTheme\n      }\n      lastSnapshotId\n      lastSnapshotAt\n      scansSinceSnapshot\n      recommendationsSinceSnapshot\n    }\n    pendingRoleGrants {\n      id\n      userName\n      requestedRole\n      municipalityName\n      requestedAt\n    }\n    administration {\n      disabledAccounts {\n        id\n        name\n        email\n        disabledAt\n      }\n      disabledTotal\n      failedMessages\n      pendingInvitations\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPendingRoleGrant {\n  me {\n    id\n    pendingRoleGrant {\n      id\n      requestedRole\n      requestedAt\n      municipality {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query MyPendingRoleGrant {\n  me {\n    id\n    pendingRoleGrant {\n      id\n      requestedRole\n      requestedAt\n      municipality {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccountInvitationFields on AccountInvitation {\n  id\n  email\n  name\n  role\n  municipalityName\n  locale\n  status\n  invitedByName\n  createdAt\n  expiresAt\n  demoLink\n}"): (typeof documents)["fragment AccountInvitationFields on AccountInvitation {\n  id\n  email\n  name\n  role\n  municipalityName\n  locale\n  status\n  invitedByName\n  createdAt\n  expiresAt\n  demoLink\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountInvitations($filter: AccountInvitationFilter, $page: PageInput) {\n  accountInvitations(filter: $filter, page: $page) {\n    total\n    items {\n      ...AccountInvitationFields\n    }\n  }\n}"): (typeof documents)["query AccountInvitations($filter: AccountInvitationFilter, $page: PageInput) {\n  accountInvitations(filter: $filter, page: $page) {\n    total\n    items {\n      ...AccountInvitationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitableRoles {\n  invitableRoles\n}"): (typeof documents)["query InvitableRoles {\n  invitableRoles\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    purpose\n    email\n    name\n    role\n    municipalityName\n    expiresAt\n  }\n}"): (typeof documents)["query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    purpose\n    email\n    name\n    role\n    municipalityName\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteAccount($input: InviteAccountInput!) {\n  inviteAccount(input: $input) {\n    ...AccountInvitationFields\n  }\n}"): (typeof documents)["mutation InviteAccount($input: InviteAccountInput!) {\n  inviteAccount(input: $input) {\n    ...AccountInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendAccountInvitation($id: ID!) {\n  resendAccountInvitation(id: $id) {\n    ...AccountInvitationFields\n  }\n}"): (typeof documents)["mutation ResendAccountInvitation($id: ID!) {\n  resendAccountInvitation(id: $id) {\n    ...AccountInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeAccountInvitation($id: ID!) {\n  revokeAccountInvitation(id: $id) {\n    ...AccountInvitationFields\n  }\n}"): (typeof documents)["mutation RevokeAccountInvitation($id: ID!) {\n  revokeAccountInvitation(id: $id) {\n    ...AccountInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkRecommendationToLearning($recommendationId: ID!, $target: LearningTargetInput!) {\n  linkRecommendationToLearning(\n    recommendationId: $recommendationId\n    target: $target\n  ) {\n    id\n  }\n}"): (typeof documents)["mutation LinkRecommendationToLearning($recommendationId: ID!, $target: LearningTargetInput!) {\n  linkRecommendationToLearning(\n    recommendationId: $recommendationId\n    target: $target\n  ) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationLearning($id: ID!) {\n  recommendation(id: $id) {\n    id\n    viewerCan {\n      linkLearning\n    }\n    learningLinks {\n      id\n      kind\n      targetId\n      title\n      activityId\n      startsAt\n      sessionStatus\n      linkedAt\n      linkedBy {\n        id\n        name\n      }\n      attendance {\n        registered\n        attended\n        enrolled\n        people {\n          person {\n            id\n            name\n          }\n          sessionStartsAt\n          status\n          attended\n        }\n      }\n    }\n  }\n  learningOffer(recommendationId: $id) {\n    kind\n    id\n    title\n    format\n    activityId\n    startsAt\n    registrationDeadline\n    sessionStatus\n    endsOn\n    themes\n    upcoming\n    linkId\n  }\n}"): (typeof documents)["query RecommendationLearning($id: ID!) {\n  recommendation(id: $id) {\n    id\n    viewerCan {\n      linkLearning\n    }\n    learningLinks {\n      id\n      kind\n      targetId\n      title\n      activityId\n      startsAt\n      sessionStatus\n      linkedAt\n      linkedBy {\n        id\n        name\n      }\n      attendance {\n        registered\n        attended\n        enrolled\n        people {\n          person {\n            id\n            name\n          }\n          sessionStartsAt\n          status\n          attended\n        }\n      }\n    }\n  }\n  learningOffer(recommendationId: $id) {\n    kind\n    id\n    title\n    format\n    activityId\n    startsAt\n    registrationDeadline\n    sessionStatus\n    endsOn\n    themes\n    upcoming\n    linkId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UnlinkRecommendationFromLearning($linkId: ID!) {\n  unlinkRecommendationFromLearning(linkId: $linkId)\n}"): (typeof documents)["mutation UnlinkRecommendationFromLearning($linkId: ID!) {\n  unlinkRecommendationFromLearning(linkId: $linkId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMessages($page: PageInput) {\n  myMessages(page: $page) {\n    total\n    items {\n      id\n      kind\n      createdAt\n      subject\n      text\n      appPath\n    }\n  }\n}"): (typeof documents)["query MyMessages($page: PageInput) {\n  myMessages(page: $page) {\n    total\n    items {\n      id\n      kind\n      createdAt\n      subject\n      text\n      appPath\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyRegistrations($filter: MyRegistrationsFilter, $page: PageInput) {\n  myRegistrations(filter: $filter, page: $page) {\n    total\n    items {\n      ...RegistrationFields\n      session {\n        ...SessionSummary\n      }\n    }\n  }\n}"): (typeof documents)["query MyRegistrations($filter: MyRegistrationsFilter, $page: PageInput) {\n  myRegistrations(filter: $filter, page: $page) {\n    total\n    items {\n      ...RegistrationFields\n      session {\n        ...SessionSummary\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Outbox($filter: OutboxFilter, $page: PageInput) {\n  outbox(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      kind\n      confidentiality\n      status\n      recipientEmail\n      createdAt\n      availableAt\n      sentAt\n      attempts\n      lastError\n    }\n  }\n}"): (typeof documents)["query Outbox($filter: OutboxFilter, $page: PageInput) {\n  outbox(filter: $filter, page: $page) {\n    total\n    items {\n      id\n      kind\n      confidentiality\n      status\n      recipientEmail\n      createdAt\n      availableAt\n      sentAt\n      attempts\n      lastError\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetryOutboxMessage($id: ID!) {\n  retryOutboxMessage(id: $id) {\n    id\n    status\n    attempts\n    lastError\n  }\n}"): (typeof documents)["mutation RetryOutboxMessage($id: ID!) {\n  retryOutboxMessage(id: $id) {\n    id\n    status\n    attempts\n    lastError\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePeerTrack($input: PeerTrackInput!) {\n  createPeerTrack(input: $input) {\n    ...PeerTrackFields\n  }\n}"): (typeof documents)["mutation CreatePeerTrack($input: PeerTrackInput!) {\n  createPeerTrack(input: $input) {\n    ...PeerTrackFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnrolInPeerTrack($trackId: ID!, $municipalityId: ID!, $input: PeerEnrolmentInput!) {\n  enrolInPeerTrack(\n    trackId: $trackId\n    municipalityId: $municipalityId\n    input: $input\n  ) {\n    ...PeerEnrolmentFields\n  }\n}"): (typeof documents)["mutation EnrolInPeerTrack($trackId: ID!, $municipalityId: ID!, $input: PeerEnrolmentInput!) {\n  enrolInPeerTrack(\n    trackId: $trackId\n    municipalityId: $municipalityId\n    input: $input\n  ) {\n    ...PeerEnrolmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerEnrolmentOptions {\n  colleagues {\n    id\n    name\n  }\n  municipalities {\n    id\n    name\n  }\n}"): (typeof documents)["query PeerEnrolmentOptions {\n  colleagues {\n    id\n    name\n  }\n  municipalities {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPeerGroups {\n  myPeerGroups {\n    ...PeerGroupFields\n  }\n}"): (typeof documents)["query MyPeerGroups {\n  myPeerGroups {\n    ...PeerGroupFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPeerHistory {\n  myPeerHistory {\n    trackId\n    title\n    startsOn\n    endsOn\n    partners {\n      municipalityId\n      name\n      current\n    }\n  }\n}"): (typeof documents)["query MyPeerHistory {\n  myPeerHistory {\n    trackId\n    title\n    startsOn\n    endsOn\n    partners {\n      municipalityId\n      name\n      current\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PeerEnrolmentFields on PeerEnrolment {\n  id\n  version\n  trackId\n  municipalityId\n  municipalityName\n  availableMonths\n  consentShowGoals\n  withdrawnAt\n  updatedAt\n  declarations {\n    goalId\n    need\n    share\n  }\n  contacts {\n    userId\n    name\n    email\n  }\n  preferences {\n    kind\n    municipalityId\n    municipalityName\n  }\n}"): (typeof documents)["fragment PeerEnrolmentFields on PeerEnrolment {\n  id\n  version\n  trackId\n  municipalityId\n  municipalityName\n  availableMonths\n  consentShowGoals\n  withdrawnAt\n  updatedAt\n  declarations {\n    goalId\n    need\n    share\n  }\n  contacts {\n    userId\n    name\n    email\n  }\n  preferences {\n    kind\n    municipalityId\n    municipalityName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerEnrolments($trackId: ID!) {\n  peerEnrolments(trackId: $trackId) {\n    ...PeerEnrolmentFields\n  }\n}"): (typeof documents)["query PeerEnrolments($trackId: ID!) {\n  peerEnrolments(trackId: $trackId) {\n    ...PeerEnrolmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PeerGroupFields on PeerGroup {\n  id\n  trackId\n  trackTitle\n  trackStartsOn\n  trackEndsOn\n  members {\n    municipalityId\n    name\n    contacts {\n      userId\n      name\n      email\n    }\n  }\n  pairedGoals {\n    goalId\n    goalTitle\n    learnerId\n    fromId\n  }\n}"): (typeof documents)["fragment PeerGroupFields on PeerGroup {\n  id\n  trackId\n  trackTitle\n  trackStartsOn\n  trackEndsOn\n  members {\n    municipalityId\n    name\n    contacts {\n      userId\n      name\n      email\n    }\n  }\n  pairedGoals {\n    goalId\n    goalTitle\n    learnerId\n    fromId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerGroup($id: ID!) {\n  peerGroup(id: $id) {\n    ...PeerGroupFields\n  }\n}"): (typeof documents)["query PeerGroup($id: ID!) {\n  peerGroup(id: $id) {\n    ...PeerGroupFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PeerProposalFields on PeerProposal {\n  id\n  version\n  trackId\n  status\n  total\n  repeats\n  exact\n  stale\n  computedAt\n  publishedAt\n  groups {\n    id\n    position\n    locked\n    score\n    bonus\n    repeats\n    costOfBreaking\n    members {\n      id\n      name\n    }\n    learning {\n      goalId\n      learnerId\n      fromId\n      points\n    }\n  }\n}"): (typeof documents)["fragment PeerProposalFields on PeerProposal {\n  id\n  version\n  trackId\n  status\n  total\n  repeats\n  exact\n  stale\n  computedAt\n  publishedAt\n  groups {\n    id\n    position\n    locked\n    score\n    bonus\n    repeats\n    costOfBreaking\n    members {\n      id\n      name\n    }\n    learning {\n      goalId\n      learnerId\n      fromId\n      points\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerProposal($trackId: ID!) {\n  peerProposal(trackId: $trackId) {\n    ...PeerProposalFields\n  }\n}"): (typeof documents)["query PeerProposal($trackId: ID!) {\n  peerProposal(trackId: $trackId) {\n    ...PeerProposalFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PeerTrackFields on PeerTrack {\n  id\n  version\n  programmeId\n  title\n  description\n  startsOn\n  endsOn\n  enrolmentOpensAt\n  enrolmentClosesAt\n  evaluationClosesAt\n  enrolmentOpen\n  groupForm\n  multipleGroupsAllowed\n  createdAt\n  themes {\n    id\n    title\n  }\n  goals {\n    id\n    position\n    title\n  }\n  enrolmentCount {\n    kind\n    value\n    bound\n  }\n  viewerCan {\n    enrol\n    manage\n  }\n}"): (typeof documents)["fragment PeerTrackFields on PeerTrack {\n  id\n  version\n  programmeId\n  title\n  description\n  startsOn\n  endsOn\n  enrolmentOpensAt\n  enrolmentClosesAt\n  evaluationClosesAt\n  enrolmentOpen\n  groupForm\n  multipleGroupsAllowed\n  createdAt\n  themes {\n    id\n    title\n  }\n  goals {\n    id\n    position\n    title\n  }\n  enrolmentCount {\n    kind\n    value\n    bound\n  }\n  viewerCan {\n    enrol\n    manage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerTrackFormOptions {\n  programmes {\n    id\n    name\n    startYear\n    endYear\n    status\n  }\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      active\n    }\n  }\n}"): (typeof documents)["query PeerTrackFormOptions {\n  programmes {\n    id\n    name\n    startYear\n    endYear\n    status\n  }\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerTrackOverview($trackId: ID!) {\n  peerTrackOverview(trackId: $trackId) {\n    trackId\n    groups {\n      groupId\n      members {\n        municipalityId\n        name\n      }\n      meetingsPlanned\n      meetingsHeld\n      lastActivityAt\n      evaluationResponses\n      idle\n      lastNudgedAt\n    }\n    evaluation {\n      responses\n      released\n      releasesAt\n      minimumResponses\n      suppressed\n      averageRating\n      comments\n    }\n  }\n}"): (typeof documents)["query PeerTrackOverview($trackId: ID!) {\n  peerTrackOverview(trackId: $trackId) {\n    trackId\n    groups {\n      groupId\n      members {\n        municipalityId\n        name\n      }\n      meetingsPlanned\n      meetingsHeld\n      lastActivityAt\n      evaluationResponses\n      idle\n      lastNudgedAt\n    }\n    evaluation {\n      responses\n      released\n      releasesAt\n      minimumResponses\n      suppressed\n      averageRating\n      comments\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerTrack($id: ID!) {\n  peerTrack(id: $id) {\n    ...PeerTrackFields\n  }\n}"): (typeof documents)["query PeerTrack($id: ID!) {\n  peerTrack(id: $id) {\n    ...PeerTrackFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerTracks($filter: PeerTrackFilter) {\n  peerTracks(filter: $filter) {\n    ...PeerTrackFields\n  }\n}"): (typeof documents)["query PeerTracks($filter: PeerTrackFilter) {\n  peerTracks(filter: $filter) {\n    ...PeerTrackFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewPeerArrangement($proposalId: ID!, $arrangement: PeerArrangementInput!) {\n  previewPeerArrangement(proposalId: $proposalId, arrangement: $arrangement) {\n    total\n    repeats\n    groupScores\n    violations\n  }\n}"): (typeof documents)["query PreviewPeerArrangement($proposalId: ID!, $arrangement: PeerArrangementInput!) {\n  previewPeerArrangement(proposalId: $proposalId, arrangement: $arrangement) {\n    total\n    repeats\n    groupScores\n    violations\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishPeerProposal($proposalId: ID!, $expectedVersion: Int!) {\n  publishPeerProposal(proposalId: $proposalId, expectedVersion: $expectedVersion) {\n    ...PeerProposalFields\n  }\n}"): (typeof documents)["mutation PublishPeerProposal($proposalId: ID!, $expectedVersion: Int!) {\n  publishPeerProposal(proposalId: $proposalId, expectedVersion: $expectedVersion) {\n    ...PeerProposalFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RearrangePeerGroups($proposalId: ID!, $arrangement: PeerArrangementInput!, $expectedVersion: Int!) {\n  rearrangePeerGroups(\n    proposalId: $proposalId\n    arrangement: $arrangement\n    expectedVersion: $expectedVersion\n  ) {\n    ...PeerProposalFields\n  }\n}"): (typeof documents)["mutation RearrangePeerGroups($proposalId: ID!, $arrangement: PeerArrangementInput!, $expectedVersion: Int!) {\n  rearrangePeerGroups(\n    proposalId: $proposalId\n    arrangement: $arrangement\n    expectedVersion: $expectedVersion\n  ) {\n    ...PeerProposalFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunPeerPairing($trackId: ID!) {\n  runPeerPairing(trackId: $trackId) {\n    ...PeerProposalFields\n  }\n}"): (typeof documents)["mutation RunPeerPairing($trackId: ID!) {\n  runPeerPairing(trackId: $trackId) {\n    ...PeerProposalFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPeerGroupLocked($groupId: ID!, $locked: Boolean!, $expectedVersion: Int!) {\n  setPeerGroupLocked(\n    groupId: $groupId\n    locked: $locked\n    expectedVersion: $expectedVersion\n  ) {\n    ...PeerProposalFields\n  }\n}"): (typeof documents)["mutation SetPeerGroupLocked($groupId: ID!, $locked: Boolean!, $expectedVersion: Int!) {\n  setPeerGroupLocked(\n    groupId: $groupId\n    locked: $locked\n    expectedVersion: $expectedVersion\n  ) {\n    ...PeerProposalFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePeerEnrolment($id: ID!, $input: PeerEnrolmentInput!, $expectedVersion: Int!) {\n  updatePeerEnrolment(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PeerEnrolmentFields\n  }\n}"): (typeof documents)["mutation UpdatePeerEnrolment($id: ID!, $input: PeerEnrolmentInput!, $expectedVersion: Int!) {\n  updatePeerEnrolment(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PeerEnrolmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePeerTrack($id: ID!, $input: PeerTrackInput!, $expectedVersion: Int!) {\n  updatePeerTrack(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PeerTrackFields\n  }\n}"): (typeof documents)["mutation UpdatePeerTrack($id: ID!, $input: PeerTrackInput!, $expectedVersion: Int!) {\n  updatePeerTrack(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PeerTrackFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawPeerEnrolment($id: ID!, $expectedVersion: Int!) {\n  withdrawPeerEnrolment(id: $id, expectedVersion: $expectedVersion) {\n    ...PeerEnrolmentFields\n  }\n}"): (typeof documents)["mutation WithdrawPeerEnrolment($id: ID!, $expectedVersion: Int!) {\n  withdrawPeerEnrolment(id: $id, expectedVersion: $expectedVersion) {\n    ...PeerEnrolmentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddPeerLogEntry($meetingId: ID!, $input: PeerLogInput!) {\n  addPeerLogEntry(meetingId: $meetingId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AddPeerLogEntry($meetingId: ID!, $input: PeerLogInput!) {\n  addPeerLogEntry(meetingId: $meetingId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelPeerMeeting($meetingId: ID!, $expectedVersion: Int!) {\n  cancelPeerMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n    id\n    status\n    version\n  }\n}"): (typeof documents)["mutation CancelPeerMeeting($meetingId: ID!, $expectedVersion: Int!) {\n  cancelPeerMeeting(meetingId: $meetingId, expectedVersion: $expectedVersion) {\n    id\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvaluatePeerGroup($groupId: ID!, $input: PeerGroupEvaluationInput!) {\n  evaluatePeerGroup(groupId: $groupId, input: $input) {\n    rating\n    comment\n  }\n}"): (typeof documents)["mutation EvaluatePeerGroup($groupId: ID!, $input: PeerGroupEvaluationInput!) {\n  evaluatePeerGroup(groupId: $groupId, input: $input) {\n    rating\n    comment\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeerGroupWork($groupId: ID!) {\n  peerGroupWork(groupId: $groupId) {\n    groupId\n    trackTitle\n    members {\n      municipalityId\n      name\n    }\n    meetings {\n      id\n      kind\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      hostMunicipalityId\n      hostMunicipalityName\n      status\n      version\n      log {\n        id\n        authorName\n        authorMunicipalityName\n        discussed\n        agreed\n        version\n        viewerCanEdit\n      }\n    }\n    evaluationClosesAt\n    myEvaluation {\n      rating\n      comment\n    }\n    viewerCan {\n      planMeetings\n      writeLog\n      evaluate\n    }\n  }\n}"): (typeof documents)["query PeerGroupWork($groupId: ID!) {\n  peerGroupWork(groupId: $groupId) {\n    groupId\n    trackTitle\n    members {\n      municipalityId\n      name\n    }\n    meetings {\n      id\n      kind\n      startsAt\n      endsAt\n      location\n      onlineUrl\n      hostMunicipalityId\n      hostMunicipalityName\n      status\n      version\n      log {\n        id\n        authorName\n        authorMunicipalityName\n        discussed\n        agreed\n        version\n        viewerCanEdit\n      }\n    }\n    evaluationClosesAt\n    myEvaluation {\n      rating\n      comment\n    }\n    viewerCan {\n      planMeetings\n      writeLog\n      evaluate\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanPeerMeeting($groupId: ID!, $input: PeerMeetingInput!) {\n  planPeerMeeting(groupId: $groupId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation PlanPeerMeeting($groupId: ID!, $input: PeerMeetingInput!) {\n  planPeerMeeting(groupId: $groupId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePeerLogEntry($entryId: ID!, $expectedVersion: Int!, $input: PeerLogInput!) {\n  updatePeerLogEntry(\n    entryId: $entryId\n    expectedVersion: $expectedVersion\n    input: $input\n  ) {\n    id\n    discussed\n    agreed\n    version\n  }\n}"): (typeof documents)["mutation UpdatePeerLogEntry($entryId: ID!, $expectedVersion: Int!, $input: PeerLogInput!) {\n  updatePeerLogEntry(\n    entryId: $entryId\n    expectedVersion: $expectedVersion\n    input: $input\n  ) {\n    id\n    discussed\n    agreed\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePeerMeeting($meetingId: ID!, $expectedVersion: Int!, $input: PeerMeetingInput!) {\n  updatePeerMeeting(\n    meetingId: $meetingId\n    expectedVersion: $expectedVersion\n    input: $input\n  ) {\n    id\n    kind\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    hostMunicipalityId\n    hostMunicipalityName\n    status\n    version\n  }\n}"): (typeof documents)["mutation UpdatePeerMeeting($meetingId: ID!, $expectedVersion: Int!, $input: PeerMeetingInput!) {\n  updatePeerMeeting(\n    meetingId: $meetingId\n    expectedVersion: $expectedVersion\n    input: $input\n  ) {\n    id\n    kind\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    hostMunicipalityId\n    hostMunicipalityName\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DisclosureSettings {\n  disclosureSettings {\n    threshold\n    municipalityCount\n    maxThreshold\n  }\n}"): (typeof documents)["query DisclosureSettings {\n  disclosureSettings {\n    threshold\n    municipalityCount\n    maxThreshold\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LatestPicture {\n  latestPicture {\n    ...PictureSnapshotFields\n  }\n}"): (typeof documents)["query LatestPicture {\n  latestPicture {\n    ...PictureSnapshotFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PictureLineFields on PictureLine {\n  theme {\n    id\n    title\n  }\n  municipalities {\n    kind\n    value\n    bound\n  }\n  followUp {\n    suppressed\n    open {\n      from\n      to\n    }\n    inProgress {\n      from\n      to\n    }\n    done {\n      from\n      to\n    }\n    notAdopted {\n      from\n      to\n    }\n  }\n  trend\n  learningEffect {\n    suppressed\n    tookPartMunicipalities {\n      kind\n      value\n      bound\n    }\n    tookPartProgress {\n      from\n      to\n    }\n    didNotMunicipalities {\n      kind\n      value\n      bound\n    }\n    didNotProgress {\n      from\n      to\n    }\n  }\n}"): (typeof documents)["fragment PictureLineFields on PictureLine {\n  theme {\n    id\n    title\n  }\n  municipalities {\n    kind\n    value\n    bound\n  }\n  followUp {\n    suppressed\n    open {\n      from\n      to\n    }\n    inProgress {\n      from\n      to\n    }\n    done {\n      from\n      to\n    }\n    notAdopted {\n      from\n      to\n    }\n  }\n  trend\n  learningEffect {\n    suppressed\n    tookPartMunicipalities {\n      kind\n      value\n      bound\n    }\n    tookPartProgress {\n      from\n      to\n    }\n    didNotMunicipalities {\n      kind\n      value\n      bound\n    }\n    didNotProgress {\n      from\n      to\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PicturePreview {\n  picturePreview {\n    threshold\n    municipalityCount\n    contributingCount\n    contributingMunicipalities {\n      id\n      name\n    }\n    comparedWithPublishedAt\n    lines {\n      ...PictureLineFields\n    }\n    differencingRisks {\n      theme {\n        id\n        title\n      }\n      cell\n      smallestChange\n    }\n  }\n}"): (typeof documents)["query PicturePreview {\n  picturePreview {\n    threshold\n    municipalityCount\n    contributingCount\n    contributingMunicipalities {\n      id\n      name\n    }\n    comparedWithPublishedAt\n    lines {\n      ...PictureLineFields\n    }\n    differencingRisks {\n      theme {\n        id\n        title\n      }\n      cell\n      smallestChange\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PictureSnapshotFields on PictureSnapshot {\n  id\n  publishedAt\n  publishedByName\n  note\n  threshold\n  municipalityCount\n  contributingCount\n  comparedWithPublishedAt\n  lines {\n    ...PictureLineFields\n  }\n}"): (typeof documents)["fragment PictureSnapshotFields on PictureSnapshot {\n  id\n  publishedAt\n  publishedByName\n  note\n  threshold\n  municipalityCount\n  contributingCount\n  comparedWithPublishedAt\n  lines {\n    ...PictureLineFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PictureSnapshot($id: ID!) {\n  pictureSnapshot(id: $id) {\n    ...PictureSnapshotFields\n  }\n}"): (typeof documents)["query PictureSnapshot($id: ID!) {\n  pictureSnapshot(id: $id) {\n    ...PictureSnapshotFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PictureSnapshots($page: PageInput) {\n  pictureSnapshots(page: $page) {\n    total\n    items {\n      id\n      publishedAt\n      note\n    }\n  }\n}"): (typeof documents)["query PictureSnapshots($page: PageInput) {\n  pictureSnapshots(page: $page) {\n    total\n    items {\n      id\n      publishedAt\n      note\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishPicture($note: String!, $acknowledgedRisks: [DifferencingCellInput!], $advice: [RegionalAdviceInput!]) {\n  publishPicture(\n    note: $note\n    acknowledgedRisks: $acknowledgedRisks\n    advice: $advice\n  ) {\n    ...PictureSnapshotFields\n  }\n}"): (typeof documents)["mutation PublishPicture($note: String!, $acknowledgedRisks: [DifferencingCellInput!], $advice: [RegionalAdviceInput!]) {\n  publishPicture(\n    note: $note\n    acknowledgedRisks: $acknowledgedRisks\n    advice: $advice\n  ) {\n    ...PictureSnapshotFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetDisclosureThreshold($k: Int!) {\n  setDisclosureThreshold(k: $k) {\n    threshold\n    municipalityCount\n    maxThreshold\n  }\n}"): (typeof documents)["mutation SetDisclosureThreshold($k: Int!) {\n  setDisclosureThreshold(k: $k) {\n    threshold\n    municipalityCount\n    maxThreshold\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeBuilder($programmeId: ID!) {\n  programmeBuilder(programmeId: $programmeId) {\n    snapshotPublishedAt\n    programme {\n      id\n      name\n      startYear\n      endYear\n      viewerCan {\n        edit\n      }\n    }\n    themes {\n      rank\n      activityCount\n      municipalities {\n        kind\n        value\n        bound\n      }\n      theme {\n        id\n        title\n        description\n      }\n      nextSession {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ProgrammeBuilder($programmeId: ID!) {\n  programmeBuilder(programmeId: $programmeId) {\n    snapshotPublishedAt\n    programme {\n      id\n      name\n      startYear\n      endYear\n      viewerCan {\n        edit\n      }\n    }\n    themes {\n      rank\n      activityCount\n      municipalities {\n        kind\n        value\n        bound\n      }\n      theme {\n        id\n        title\n        description\n      }\n      nextSession {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgrammeActivities($filter: ActivityFilter, $page: PageInput) {\n  activities(filter: $filter, page: $page) {\n    total\n    items {\n      ...ActivityFields\n      sessions {\n        id\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query ProgrammeActivities($filter: ActivityFilter, $page: PageInput) {\n  activities(filter: $filter, page: $page) {\n    total\n    items {\n      ...ActivityFields\n      sessions {\n        id\n        status\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityFields on LearningActivity {\n  id\n  version\n  title\n  description\n  format\n  learningGoals\n  targetAudiences\n  plannedYear\n  plannedQuarter\n  updatedAt\n  programme {\n    id\n    name\n    startYear\n    endYear\n  }\n  themes {\n    id\n    title\n  }\n  viewerCan {\n    edit\n  }\n}"): (typeof documents)["fragment ActivityFields on LearningActivity {\n  id\n  version\n  title\n  description\n  format\n  learningGoals\n  targetAudiences\n  plannedYear\n  plannedQuarter\n  updatedAt\n  programme {\n    id\n    name\n    startYear\n    endYear\n  }\n  themes {\n    id\n    title\n  }\n  viewerCan {\n    edit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityThemeOptions {\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      description\n      active\n    }\n  }\n}"): (typeof documents)["query ActivityThemeOptions {\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      description\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Activity($id: ID!) {\n  activity(id: $id) {\n    ...ActivityFields\n    programme {\n      id\n      defaultSessionStatus\n    }\n    owner {\n      id\n      name\n    }\n    sessions {\n      ...PlannedSessionFields\n    }\n  }\n}"): (typeof documents)["query Activity($id: ID!) {\n  activity(id: $id) {\n    ...ActivityFields\n    programme {\n      id\n      defaultSessionStatus\n    }\n    owner {\n      id\n      name\n    }\n    sessions {\n      ...PlannedSessionFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelPlannedSession($id: ID!, $expectedVersion: Int!) {\n  cancelSession(id: $id, expectedVersion: $expectedVersion) {\n    ...PlannedSessionFields\n  }\n}"): (typeof documents)["mutation CancelPlannedSession($id: ID!, $expectedVersion: Int!) {\n  cancelSession(id: $id, expectedVersion: $expectedVersion) {\n    ...PlannedSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateActivity($input: ActivityInput!) {\n  createActivity(input: $input) {\n    ...ActivityFields\n  }\n}"): (typeof documents)["mutation CreateActivity($input: ActivityInput!) {\n  createActivity(input: $input) {\n    ...ActivityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProgramme($input: ProgrammeInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeFields\n  }\n}"): (typeof documents)["mutation CreateProgramme($input: ProgrammeInput!) {\n  createProgramme(input: $input) {\n    ...ProgrammeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverlappingSessions($input: OverlapQuery!) {\n  overlappingSessions(input: $input) {\n    sharedAudiences\n    session {\n      id\n      startsAt\n      endsAt\n      activity {\n        id\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query OverlappingSessions($input: OverlapQuery!) {\n  overlappingSessions(input: $input) {\n    sharedAudiences\n    session {\n      id\n      startsAt\n      endsAt\n      activity {\n        id\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSessionSeries($activityId: ID!, $input: PlanSessionSeriesInput!) {\n  planSessionSeries(activityId: $activityId, input: $input) {\n    ...PlannedSessionFields\n  }\n}"): (typeof documents)["mutation PlanSessionSeries($activityId: ID!, $input: PlanSessionSeriesInput!) {\n  planSessionSeries(activityId: $activityId, input: $input) {\n    ...PlannedSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSessions($activityId: ID!, $input: PlanSessionsInput!) {\n  planSessions(activityId: $activityId, input: $input) {\n    ...PlannedSessionFields\n  }\n}"): (typeof documents)["mutation PlanSessions($activityId: ID!, $input: PlanSessionsInput!) {\n  planSessions(activityId: $activityId, input: $input) {\n    ...PlannedSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlannedSessionFields on Session {\n  id\n  seriesId\n  startsAt\n  endsAt\n  onlineUrl\n  capacity\n  registrationDeadline\n  maxPerMunicipality\n  status\n  showParticipantNames\n  evaluationWindowDays\n  version\n  seatsTaken\n  waitlistLength\n  venue {\n    id\n    name\n    room\n  }\n  hostMunicipality {\n    id\n    name\n  }\n  facilitators {\n    id\n    name\n  }\n  viewerCan {\n    edit\n    cancel\n  }\n}"): (typeof documents)["fragment PlannedSessionFields on Session {\n  id\n  seriesId\n  startsAt\n  endsAt\n  onlineUrl\n  capacity\n  registrationDeadline\n  maxPerMunicipality\n  status\n  showParticipantNames\n  evaluationWindowDays\n  version\n  seatsTaken\n  waitlistLength\n  venue {\n    id\n    name\n    room\n  }\n  hostMunicipality {\n    id\n    name\n  }\n  facilitators {\n    id\n    name\n  }\n  viewerCan {\n    edit\n    cancel\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlannedSession($id: ID!) {\n  session(id: $id) {\n    ...PlannedSessionFields\n  }\n}"): (typeof documents)["query PlannedSession($id: ID!) {\n  session(id: $id) {\n    ...PlannedSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanningOptions {\n  venues {\n    id\n    name\n    room\n    address\n  }\n  facilitators {\n    id\n    name\n    organisation\n  }\n  municipalities {\n    id\n    name\n  }\n}"): (typeof documents)["query PlanningOptions {\n  venues {\n    id\n    name\n    room\n    address\n  }\n  facilitators {\n    id\n    name\n    organisation\n  }\n  municipalities {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProgrammeFields on Programme {\n  id\n  version\n  name\n  startYear\n  endYear\n  goals\n  status\n  defaultSessionStatus\n  updatedAt\n  viewerCan {\n    edit\n  }\n}"): (typeof documents)["fragment ProgrammeFields on Programme {\n  id\n  version\n  name\n  startYear\n  endYear\n  goals\n  status\n  defaultSessionStatus\n  updatedAt\n  viewerCan {\n    edit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Programme($id: ID!) {\n  programme(id: $id) {\n    ...ProgrammeFields\n  }\n}"): (typeof documents)["query Programme($id: ID!) {\n  programme(id: $id) {\n    ...ProgrammeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Programmes {\n  programmes {\n    ...ProgrammeFields\n  }\n}"): (typeof documents)["query Programmes {\n  programmes {\n    ...ProgrammeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionSeriesPreview($activityId: ID!, $input: SessionSeriesInput!) {\n  sessionSeriesPreview(activityId: $activityId, input: $input) {\n    date\n    startsAt\n    endsAt\n    registrationDeadline\n    clashes {\n      reason\n      seriesDate\n      facilitatorName\n      session {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n    overlaps {\n      sharedAudiences\n      session {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query SessionSeriesPreview($activityId: ID!, $input: SessionSeriesInput!) {\n  sessionSeriesPreview(activityId: $activityId, input: $input) {\n    date\n    startsAt\n    endsAt\n    registrationDeadline\n    clashes {\n      reason\n      seriesDate\n      facilitatorName\n      session {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n    overlaps {\n      sharedAudiences\n      session {\n        id\n        startsAt\n        endsAt\n        activity {\n          id\n          title\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemeProgramme($themeId: ID!) {\n  themeProgramme(themeId: $themeId) {\n    activities {\n      id\n      title\n      format\n      plannedYear\n      plannedQuarter\n      programme {\n        id\n        name\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        seatsTaken\n        capacity\n        attendance\n      }\n    }\n  }\n}"): (typeof documents)["query ThemeProgramme($themeId: ID!) {\n  themeProgramme(themeId: $themeId) {\n    activities {\n      id\n      title\n      format\n      plannedYear\n      plannedQuarter\n      programme {\n        id\n        name\n      }\n      sessions {\n        id\n        startsAt\n        endsAt\n        status\n        seatsTaken\n        capacity\n        attendance\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActivity($id: ID!, $input: ActivityInput!, $expectedVersion: Int!) {\n  updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ActivityFields\n  }\n}"): (typeof documents)["mutation UpdateActivity($id: ID!, $input: ActivityInput!, $expectedVersion: Int!) {\n  updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ActivityFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!, $expectedVersion: Int!) {\n  updateProgramme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ProgrammeFields\n  }\n}"): (typeof documents)["mutation UpdateProgramme($id: ID!, $input: ProgrammeInput!, $expectedVersion: Int!) {\n  updateProgramme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ProgrammeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePlannedSession($id: ID!, $input: SessionInput!, $expectedVersion: Int!) {\n  updateSession(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PlannedSessionFields\n  }\n}"): (typeof documents)["mutation UpdatePlannedSession($id: ID!, $input: SessionInput!, $expectedVersion: Int!) {\n  updateSession(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...PlannedSessionFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowUpProgress($filter: ProgressFilter) {\n  followUpProgress(filter: $filter) {\n    series {\n      month\n      counts {\n        ...StatusCountFields\n      }\n    }\n    byFacet {\n      id\n      name\n      counts {\n        ...StatusCountFields\n      }\n    }\n    byTheme {\n      id\n      name\n      counts {\n        ...StatusCountFields\n      }\n    }\n    rescan {\n      baselineDate\n      rescanDate\n      carriedOver {\n        matchedBy\n        baseline {\n          ...RecommendationBriefFields\n        }\n        rescan {\n          ...RecommendationBriefFields\n        }\n      }\n      closed {\n        ...RecommendationBriefFields\n      }\n      new {\n        ...RecommendationBriefFields\n      }\n    }\n  }\n}\n\nfragment StatusCountFields on StatusCounts {\n  open\n  inProgress\n  done\n  notAdopted\n  overdue\n  total\n}\n\nfragment RecommendationBriefFields on RecommendationBrief {\n  id\n  reference\n  title\n  status\n}"): (typeof documents)["query FollowUpProgress($filter: ProgressFilter) {\n  followUpProgress(filter: $filter) {\n    series {\n      month\n      counts {\n        ...StatusCountFields\n      }\n    }\n    byFacet {\n      id\n      name\n      counts {\n        ...StatusCountFields\n      }\n    }\n    byTheme {\n      id\n      name\n      counts {\n        ...StatusCountFields\n      }\n    }\n    rescan {\n      baselineDate\n      rescanDate\n      carriedOver {\n        matchedBy\n        baseline {\n          ...RecommendationBriefFields\n        }\n        rescan {\n          ...RecommendationBriefFields\n        }\n      }\n      closed {\n        ...RecommendationBriefFields\n      }\n      new {\n        ...RecommendationBriefFields\n      }\n    }\n  }\n}\n\nfragment StatusCountFields on StatusCounts {\n  open\n  inProgress\n  done\n  notAdopted\n  overdue\n  total\n}\n\nfragment RecommendationBriefFields on RecommendationBrief {\n  id\n  reference\n  title\n  status\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Colleagues {\n  colleagues {\n    id\n    name\n  }\n}"): (typeof documents)["query Colleagues {\n  colleagues {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteOwner($input: InviteOwnerInput!) {\n  inviteOwner(input: $input) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation InviteOwner($input: InviteOwnerInput!) {\n  inviteOwner(input: $input) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveRecommendation($id: ID!, $input: FollowUpInput!) {\n  recordFollowUp(id: $id, input: $input) {\n    ...RecommendationListFields\n  }\n}"): (typeof documents)["mutation MoveRecommendation($id: ID!, $input: FollowUpInput!) {\n  recordFollowUp(id: $id, input: $input) {\n    ...RecommendationListFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnerInvitations($recommendationId: ID!) {\n  ownerInvitations(recommendationId: $recommendationId) {\n    id\n    email\n    name\n    status\n    expiresAt\n    demoLink\n  }\n}"): (typeof documents)["query OwnerInvitations($recommendationId: ID!) {\n  ownerInvitations(recommendationId: $recommendationId) {\n    id\n    email\n    name\n    status\n    expiresAt\n    demoLink\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecommendationDetailFields on Recommendation {\n  ...RecommendationListFields\n  body\n  statusReason\n  statusChangedAt\n  createdAt\n  scan {\n    id\n    scanDate\n  }\n  timeline {\n    ...TimelineEntryFields\n  }\n  viewerCan {\n    edit\n    followUp\n    recordProgress\n  }\n}"): (typeof documents)["fragment RecommendationDetailFields on Recommendation {\n  ...RecommendationListFields\n  body\n  statusReason\n  statusChangedAt\n  createdAt\n  scan {\n    id\n    scanDate\n  }\n  timeline {\n    ...TimelineEntryFields\n  }\n  viewerCan {\n    edit\n    followUp\n    recordProgress\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationExport($format: ExportFormat!, $filter: RecommendationFilter, $sort: RecommendationSort) {\n  recommendationExport(format: $format, filter: $filter, sort: $sort) {\n    fileName\n    contentType\n    contentBase64\n  }\n}"): (typeof documents)["query RecommendationExport($format: ExportFormat!, $filter: RecommendationFilter, $sort: RecommendationSort) {\n  recommendationExport(format: $format, filter: $filter, sort: $sort) {\n    fileName\n    contentType\n    contentBase64\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecommendationFilterOptions {\n  facets(includeInactive: true) {\n    id\n    name\n    active\n  }\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      active\n    }\n  }\n}"): (typeof documents)["query RecommendationFilterOptions {\n  facets(includeInactive: true) {\n    id\n    name\n    active\n  }\n  themes(page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RecommendationListFields on Recommendation {\n  id\n  reference\n  title\n  priority\n  status\n  dueDate\n  overdue\n  version\n  facet {\n    id\n    name\n  }\n  themes {\n    id\n    title\n  }\n  municipality {\n    id\n    name\n  }\n  owner {\n    id\n    name\n  }\n}"): (typeof documents)["fragment RecommendationListFields on Recommendation {\n  id\n  reference\n  title\n  priority\n  status\n  dueDate\n  overdue\n  version\n  facet {\n    id\n    name\n  }\n  themes {\n    id\n    title\n  }\n  municipality {\n    id\n    name\n  }\n  owner {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Recommendation($id: ID!) {\n  recommendation(id: $id) {\n    ...RecommendationDetailFields\n  }\n}"): (typeof documents)["query Recommendation($id: ID!) {\n  recommendation(id: $id) {\n    ...RecommendationDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Recommendations($filter: RecommendationFilter, $sort: RecommendationSort, $page: PageInput) {\n  recommendations(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...RecommendationListFields\n    }\n  }\n}"): (typeof documents)["query Recommendations($filter: RecommendationFilter, $sort: RecommendationSort, $page: PageInput) {\n  recommendations(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...RecommendationListFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n  recordFollowUp(id: $id, input: $input) {\n    ...RecommendationDetailFields\n  }\n}"): (typeof documents)["mutation RecordFollowUp($id: ID!, $input: FollowUpInput!) {\n  recordFollowUp(id: $id, input: $input) {\n    ...RecommendationDetailFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordProgress($id: ID!, $input: ProgressInput!) {\n  recordProgress(id: $id, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation RecordProgress($id: ID!, $input: ProgressInput!) {\n  recordProgress(id: $id, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    id\n    status\n  }\n}"): (typeof documents)["mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id) {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TimelineEntryFields on TimelineEntry {\n  id\n  kind\n  at\n  actor {\n    id\n    name\n  }\n  fromStatus\n  toStatus\n  reason\n  fromOwner {\n    id\n    name\n  }\n  toOwner {\n    id\n    name\n  }\n  fromDueDate\n  toDueDate\n  note\n  links\n  attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n  }\n  learning {\n    kind\n    id\n    title\n  }\n  fromConsent\n  toConsent\n}"): (typeof documents)["fragment TimelineEntryFields on TimelineEntry {\n  id\n  kind\n  at\n  actor {\n    id\n    name\n  }\n  fromStatus\n  toStatus\n  reason\n  fromOwner {\n    id\n    name\n  }\n  toOwner {\n    id\n    name\n  }\n  fromDueDate\n  toDueDate\n  note\n  links\n  attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n  }\n  learning {\n    kind\n    id\n    title\n  }\n  fromConsent\n  toConsent\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdviceThemes {\n  themes(filter: {active: true}, page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["query AdviceThemes {\n  themes(filter: {active: true}, page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdviceAnswerOptions {\n  activities(page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n  peerTracks {\n    id\n    title\n  }\n}"): (typeof documents)["query AdviceAnswerOptions {\n  activities(page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n  peerTracks {\n    id\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerRegionalAdvice($input: AdviceAnswerInput!) {\n  answerRegionalAdvice(input: $input) {\n    ...RegionalAdviceFields\n  }\n}"): (typeof documents)["mutation AnswerRegionalAdvice($input: AdviceAnswerInput!) {\n  answerRegionalAdvice(input: $input) {\n    ...RegionalAdviceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RegionalAdviceFields on RegionalAdvice {\n  id\n  snapshotId\n  position\n  title\n  body\n  priority\n  themes {\n    id\n    title\n  }\n  answerVersion\n  answer {\n    status\n    explanation\n    updatedAt\n    updatedByName\n    activities {\n      id\n      title\n    }\n    tracks {\n      id\n      title\n    }\n  }\n  answerHistory {\n    version\n    status\n    explanation\n    at\n    byName\n    activities {\n      id\n      title\n    }\n    tracks {\n      id\n      title\n    }\n  }\n  viewerCan {\n    answer\n  }\n}"): (typeof documents)["fragment RegionalAdviceFields on RegionalAdvice {\n  id\n  snapshotId\n  position\n  title\n  body\n  priority\n  themes {\n    id\n    title\n  }\n  answerVersion\n  answer {\n    status\n    explanation\n    updatedAt\n    updatedByName\n    activities {\n      id\n      title\n    }\n    tracks {\n      id\n      title\n    }\n  }\n  answerHistory {\n    version\n    status\n    explanation\n    at\n    byName\n    activities {\n      id\n      title\n    }\n    tracks {\n      id\n      title\n    }\n  }\n  viewerCan {\n    answer\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionalAdvice($snapshotId: ID) {\n  regionalAdvice(snapshotId: $snapshotId) {\n    ...RegionalAdviceFields\n  }\n}"): (typeof documents)["query RegionalAdvice($snapshotId: ID) {\n  regionalAdvice(snapshotId: $snapshotId) {\n    ...RegionalAdviceFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoadmapCell($programmeId: ID!, $themeId: ID!, $year: Int!, $quarter: Int, $byQuarter: Boolean, $page: PageInput) {\n  roadmapCell(\n    programmeId: $programmeId\n    themeId: $themeId\n    year: $year\n    quarter: $quarter\n    byQuarter: $byQuarter\n    page: $page\n  ) {\n    activities {\n      total\n      items {\n        id\n        title\n      }\n    }\n    tracks {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["query RoadmapCell($programmeId: ID!, $themeId: ID!, $year: Int!, $quarter: Int, $byQuarter: Boolean, $page: PageInput) {\n  roadmapCell(\n    programmeId: $programmeId\n    themeId: $themeId\n    year: $year\n    quarter: $quarter\n    byQuarter: $byQuarter\n    page: $page\n  ) {\n    activities {\n      total\n      items {\n        id\n        title\n      }\n    }\n    tracks {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Roadmap($programmeId: ID!, $byQuarter: Boolean) {\n  roadmap(programmeId: $programmeId, byQuarter: $byQuarter) {\n    years\n    byQuarter\n    periods {\n      year\n      quarter\n    }\n    rows {\n      theme {\n        id\n        title\n        active\n      }\n      gapYears\n      activityCounts\n      sessionCounts\n      trackCounts\n    }\n  }\n}"): (typeof documents)["query Roadmap($programmeId: ID!, $byQuarter: Boolean) {\n  roadmap(programmeId: $programmeId, byQuarter: $byQuarter) {\n    years\n    byQuarter\n    periods {\n      year\n      quarter\n    }\n    rows {\n      theme {\n        id\n        title\n        active\n      }\n      gapYears\n      activityCounts\n      sessionCounts\n      trackCounts\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveRoleGrant($id: ID!) {\n  approveRoleGrant(id: $id) {\n    ...RoleGrantFields\n  }\n}"): (typeof documents)["mutation ApproveRoleGrant($id: ID!) {\n  approveRoleGrant(id: $id) {\n    ...RoleGrantFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectRoleGrant($id: ID!, $note: String) {\n  rejectRoleGrant(id: $id, note: $note) {\n    ...RoleGrantFields\n  }\n}"): (typeof documents)["mutation RejectRoleGrant($id: ID!, $note: String) {\n  rejectRoleGrant(id: $id, note: $note) {\n    ...RoleGrantFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RoleGrantFields on RoleGrant {\n  id\n  status\n  requestedRole\n  requestedAt\n  decidedAt\n  note\n  municipality {\n    id\n    name\n  }\n  user {\n    id\n    name\n    email\n  }\n  requestedBy {\n    id\n    name\n  }\n  decidedBy {\n    id\n    name\n  }\n  viewerCan {\n    decide\n  }\n}"): (typeof documents)["fragment RoleGrantFields on RoleGrant {\n  id\n  status\n  requestedRole\n  requestedAt\n  decidedAt\n  note\n  municipality {\n    id\n    name\n  }\n  user {\n    id\n    name\n    email\n  }\n  requestedBy {\n    id\n    name\n  }\n  decidedBy {\n    id\n    name\n  }\n  viewerCan {\n    decide\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoleGrants($status: RoleGrantStatus) {\n  roleGrants(status: $status) {\n    ...RoleGrantFields\n  }\n}"): (typeof documents)["query RoleGrants($status: RoleGrantStatus) {\n  roleGrants(status: $status) {\n    ...RoleGrantFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemeSuggestions($ids: [ID!]!) {\n  themeSuggestions(recommendationIds: $ids) {\n    recommendationId\n    suggestions {\n      theme {\n        id\n        title\n      }\n      fromFacet\n      words {\n        word\n        themeWord\n      }\n    }\n  }\n}\n\nmutation LinkRecommendationsToThemes($ids: [ID!]!, $themeIds: [ID!]!, $expectedVersions: [Int!]!) {\n  linkRecommendationsToThemes(\n    ids: $ids\n    themeIds: $themeIds\n    expectedVersions: $expectedVersions\n  ) {\n    id\n    version\n    themes {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["query ThemeSuggestions($ids: [ID!]!) {\n  themeSuggestions(recommendationIds: $ids) {\n    recommendationId\n    suggestions {\n      theme {\n        id\n        title\n      }\n      fromFacet\n      words {\n        word\n        themeWord\n      }\n    }\n  }\n}\n\nmutation LinkRecommendationsToThemes($ids: [ID!]!, $themeIds: [ID!]!, $expectedVersions: [Int!]!) {\n  linkRecommendationsToThemes(\n    ids: $ids\n    themeIds: $themeIds\n    expectedVersions: $expectedVersions\n  ) {\n    id\n    version\n    themes {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarriedOverChoice($id: ID!) {\n  carriedOverChoice(id: $id) {\n    current {\n      id\n      reference\n      title\n      scanDate\n    }\n    candidates {\n      id\n      reference\n      title\n      scanDate\n    }\n  }\n}\n\nmutation SetRecommendationCarriedOver($id: ID!, $fromId: ID, $expectedVersion: Int!) {\n  setRecommendationCarriedOver(\n    id: $id\n    fromId: $fromId\n    expectedVersion: $expectedVersion\n  ) {\n    id\n    version\n  }\n}"): (typeof documents)["query CarriedOverChoice($id: ID!) {\n  carriedOverChoice(id: $id) {\n    current {\n      id\n      reference\n      title\n      scanDate\n    }\n    candidates {\n      id\n      reference\n      title\n      scanDate\n    }\n  }\n}\n\nmutation SetRecommendationCarriedOver($id: ID!, $fromId: ID, $expectedVersion: Int!) {\n  setRecommendationCarriedOver(\n    id: $id\n    fromId: $fromId\n    expectedVersion: $expectedVersion\n  ) {\n    id\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRecommendation($input: NewRecommendationInput!) {\n  createRecommendation(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation CreateRecommendation($input: NewRecommendationInput!) {\n  createRecommendation(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateScan($input: ScanInput!) {\n  createScan(input: $input) {\n    ...ScanFields\n  }\n}"): (typeof documents)["mutation CreateScan($input: ScanInput!) {\n  createScan(input: $input) {\n    ...ScanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrentRecommendation($id: ID!) {\n  recommendation(id: $id) {\n    id\n    version\n    reference\n    title\n    body\n    priority\n    facet {\n      id\n      name\n    }\n    themes {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["query CurrentRecommendation($id: ID!) {\n  recommendation(id: $id) {\n    id\n    version\n    reference\n    title\n    body\n    priority\n    facet {\n      id\n      name\n    }\n    themes {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRecommendation($id: ID!, $expectedVersion: Int!) {\n  deleteRecommendation(id: $id, expectedVersion: $expectedVersion)\n}"): (typeof documents)["mutation DeleteRecommendation($id: ID!, $expectedVersion: Int!) {\n  deleteRecommendation(id: $id, expectedVersion: $expectedVersion)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteScan($id: ID!, $expectedVersion: Int!) {\n  deleteScan(id: $id, expectedVersion: $expectedVersion)\n}"): (typeof documents)["mutation DeleteScan($id: ID!, $expectedVersion: Int!) {\n  deleteScan(id: $id, expectedVersion: $expectedVersion)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HoldBackRecommendation($recommendationId: ID!) {\n  holdBackRecommendation(recommendationId: $recommendationId) {\n    recommendationId\n  }\n}"): (typeof documents)["mutation HoldBackRecommendation($recommendationId: ID!) {\n  holdBackRecommendation(recommendationId: $recommendationId) {\n    recommendationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportRecommendations($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {\n  importRecommendations(\n    scanId: $scanId\n    format: $format\n    contentBase64: $contentBase64\n  ) {\n    imported\n  }\n}"): (typeof documents)["mutation ImportRecommendations($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {\n  importRecommendations(\n    scanId: $scanId\n    format: $format\n    contentBase64: $contentBase64\n  ) {\n    imported\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewRecommendationImport($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {\n  previewRecommendationImport(\n    scanId: $scanId\n    format: $format\n    contentBase64: $contentBase64\n  ) {\n    rows {\n      row\n      reference\n      title\n      facetName\n      priority\n      themeTitles\n    }\n    errors {\n      row\n      column\n      reason\n    }\n    ignoredColumns\n  }\n}"): (typeof documents)["query PreviewRecommendationImport($scanId: ID!, $format: ImportFormat!, $contentBase64: String!) {\n  previewRecommendationImport(\n    scanId: $scanId\n    format: $format\n    contentBase64: $contentBase64\n  ) {\n    rows {\n      row\n      reference\n      title\n      facetName\n      priority\n      themeTitles\n    }\n    errors {\n      row\n      column\n      reason\n    }\n    ignoredColumns\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReleaseRecommendation($recommendationId: ID!) {\n  releaseRecommendation(recommendationId: $recommendationId) {\n    recommendationId\n  }\n}"): (typeof documents)["mutation ReleaseRecommendation($recommendationId: ID!) {\n  releaseRecommendation(recommendationId: $recommendationId) {\n    recommendationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScanConsentFields on ScanConsent {\n  status\n  basis\n  decisionDate\n  reference\n  decidedBy {\n    id\n    name\n  }\n  decidedAt\n  version\n  viewerCanRecord\n}"): (typeof documents)["fragment ScanConsentFields on ScanConsent {\n  status\n  basis\n  decisionDate\n  reference\n  decidedBy {\n    id\n    name\n  }\n  decidedAt\n  version\n  viewerCanRecord\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScanFields on Scan {\n  id\n  version\n  scanDate\n  kind\n  scope\n  summary\n  createdAt\n  recommendationCount\n  municipality {\n    id\n    name\n  }\n  viewerCan {\n    edit\n  }\n}"): (typeof documents)["fragment ScanFields on Scan {\n  id\n  version\n  scanDate\n  kind\n  scope\n  summary\n  createdAt\n  recommendationCount\n  municipality {\n    id\n    name\n  }\n  viewerCan {\n    edit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScanFormOptions {\n  facets {\n    id\n    name\n  }\n  themes(filter: {active: true}, page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["query ScanFormOptions {\n  facets {\n    id\n    name\n  }\n  themes(filter: {active: true}, page: {offset: 0, limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScanRecommendations($scanId: ID!, $page: PageInput) {\n  recommendations(\n    filter: {scanId: $scanId}\n    sort: {field: PRIORITY, direction: ASC}\n    page: $page\n  ) {\n    total\n    items {\n      ...RecommendationListFields\n      body\n      viewerCan {\n        edit\n      }\n      holdBack {\n        heldBackAt\n      }\n    }\n  }\n}"): (typeof documents)["query ScanRecommendations($scanId: ID!, $page: PageInput) {\n  recommendations(\n    filter: {scanId: $scanId}\n    sort: {field: PRIORITY, direction: ASC}\n    page: $page\n  ) {\n    total\n    items {\n      ...RecommendationListFields\n      body\n      viewerCan {\n        edit\n      }\n      holdBack {\n        heldBackAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Scan($id: ID!) {\n  scan(id: $id) {\n    ...ScanFields\n    consent {\n      ...ScanConsentFields\n    }\n  }\n}"): (typeof documents)["query Scan($id: ID!) {\n  scan(id: $id) {\n    ...ScanFields\n    consent {\n      ...ScanConsentFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Scans($municipalityId: ID) {\n  scans(municipalityId: $municipalityId) {\n    ...ScanFields\n  }\n}"): (typeof documents)["query Scans($municipalityId: ID) {\n  scans(municipalityId: $municipalityId) {\n    ...ScanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRecommendationThemes($id: ID!, $themeIds: [ID!]!, $expectedVersion: Int!) {\n  setRecommendationThemes(\n    id: $id\n    themeIds: $themeIds\n    expectedVersion: $expectedVersion\n  ) {\n    id\n    version\n    themes {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["mutation SetRecommendationThemes($id: ID!, $themeIds: [ID!]!, $expectedVersion: Int!) {\n  setRecommendationThemes(\n    id: $id\n    themeIds: $themeIds\n    expectedVersion: $expectedVersion\n  ) {\n    id\n    version\n    themes {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetScanConsent($scanId: ID!, $input: ScanConsentInput!, $expectedVersion: Int!) {\n  setScanConsent(\n    scanId: $scanId\n    input: $input\n    expectedVersion: $expectedVersion\n  ) {\n    ...ScanConsentFields\n  }\n}"): (typeof documents)["mutation SetScanConsent($scanId: ID!, $input: ScanConsentInput!, $expectedVersion: Int!) {\n  setScanConsent(\n    scanId: $scanId\n    input: $input\n    expectedVersion: $expectedVersion\n  ) {\n    ...ScanConsentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {\n  updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...RecommendationListFields\n    body\n  }\n}"): (typeof documents)["mutation UpdateRecommendation($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {\n  updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...RecommendationListFields\n    body\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateScan($id: ID!, $input: ScanInput!, $expectedVersion: Int!) {\n  updateScan(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ScanFields\n  }\n}"): (typeof documents)["mutation UpdateScan($id: ID!, $input: ScanInput!, $expectedVersion: Int!) {\n  updateScan(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ScanFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddSessionLink($sessionId: ID!, $input: SessionLinkInput!) {\n  addSessionLink(sessionId: $sessionId, input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation AddSessionLink($sessionId: ID!, $input: SessionLinkInput!) {\n  addSessionLink(sessionId: $sessionId, input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveSessionMaterial($id: ID!) {\n  removeSessionMaterial(id: $id)\n}"): (typeof documents)["mutation RemoveSessionMaterial($id: ID!) {\n  removeSessionMaterial(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendSessionMessage($sessionId: ID!, $input: StaffMessageInput!) {\n  sendSessionMessage(sessionId: $sessionId, input: $input) {\n    id\n    recipientCount\n  }\n}"): (typeof documents)["mutation SendSessionMessage($sessionId: ID!, $input: StaffMessageInput!) {\n  sendSessionMessage(sessionId: $sessionId, input: $input) {\n    id\n    recipientCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionExtras($sessionId: ID!) {\n  sessionExtras(sessionId: $sessionId) {\n    sessionId\n    materials {\n      id\n      kind\n      title\n      url\n      fileName\n      sizeBytes\n      downloadPath\n      createdAt\n    }\n    viewerCan {\n      manageMaterials\n      readMaterials\n      sendMessage\n      certificate\n    }\n  }\n}"): (typeof documents)["query SessionExtras($sessionId: ID!) {\n  sessionExtras(sessionId: $sessionId) {\n    sessionId\n    materials {\n      id\n      kind\n      title\n      url\n      fileName\n      sizeBytes\n      downloadPath\n      createdAt\n    }\n    viewerCan {\n      manageMaterials\n      readMaterials\n      sendMessage\n      certificate\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelRegistration($registrationId: ID!) {\n  cancelRegistration(registrationId: $registrationId) {\n    ...RegistrationFields\n  }\n}"): (typeof documents)["mutation CancelRegistration($registrationId: ID!) {\n  cancelRegistration(registrationId: $registrationId) {\n    ...RegistrationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParticipantListCsv($sessionId: ID!) {\n  participantListCsv(sessionId: $sessionId)\n}"): (typeof documents)["query ParticipantListCsv($sessionId: ID!) {\n  participantListCsv(sessionId: $sessionId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAttendance($sessionId: ID!, $attendance: [AttendanceInput!]!) {\n  recordAttendance(sessionId: $sessionId, attendance: $attendance) {\n    id\n    attended\n  }\n}"): (typeof documents)["mutation RecordAttendance($sessionId: ID!, $attendance: [AttendanceInput!]!) {\n  recordAttendance(sessionId: $sessionId, attendance: $attendance) {\n    id\n    attended\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterColleague($sessionId: ID!, $userId: ID!) {\n  registerColleague(sessionId: $sessionId, userId: $userId) {\n    ...RegistrationFields\n  }\n}"): (typeof documents)["mutation RegisterColleague($sessionId: ID!, $userId: ID!) {\n  registerColleague(sessionId: $sessionId, userId: $userId) {\n    ...RegistrationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterForSession($sessionId: ID!) {\n  registerForSession(sessionId: $sessionId) {\n    ...RegistrationFields\n  }\n}"): (typeof documents)["mutation RegisterForSession($sessionId: ID!) {\n  registerForSession(sessionId: $sessionId) {\n    ...RegistrationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RegistrationFields on Registration {\n  id\n  status\n  waitlistPosition\n  attended\n  createdAt\n  cancelledAt\n  participant {\n    id\n    name\n    email\n  }\n  registeredBy {\n    id\n    name\n  }\n  municipality {\n    id\n    name\n  }\n  viewerCan {\n    cancel\n    evaluate\n  }\n}"): (typeof documents)["fragment RegistrationFields on Registration {\n  id\n  status\n  waitlistPosition\n  attended\n  createdAt\n  cancelledAt\n  participant {\n    id\n    name\n    email\n  }\n  registeredBy {\n    id\n    name\n  }\n  municipality {\n    id\n    name\n  }\n  viewerCan {\n    cancel\n    evaluate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistrationsByMunicipality($sessionId: ID!) {\n  registrationsByMunicipality(sessionId: $sessionId) {\n    municipality {\n      id\n      name\n    }\n    confirmed\n    waitlisted\n    cancelled\n    attended\n  }\n}"): (typeof documents)["query RegistrationsByMunicipality($sessionId: ID!) {\n  registrationsByMunicipality(sessionId: $sessionId) {\n    municipality {\n      id\n      name\n    }\n    confirmed\n    waitlisted\n    cancelled\n    attended\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionColleagues {\n  colleagues {\n    id\n    name\n  }\n}"): (typeof documents)["query SessionColleagues {\n  colleagues {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionFilterOptions {\n  themes(filter: {active: true}, page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n  municipalities {\n    id\n    name\n  }\n}"): (typeof documents)["query SessionFilterOptions {\n  themes(filter: {active: true}, page: {limit: 100}) {\n    items {\n      id\n      title\n    }\n  }\n  municipalities {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionRegistrations($sessionId: ID!) {\n  sessionRegistrations(sessionId: $sessionId) {\n    ...RegistrationFields\n  }\n}"): (typeof documents)["query SessionRegistrations($sessionId: ID!) {\n  sessionRegistrations(sessionId: $sessionId) {\n    ...RegistrationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionSummary on Session {\n  id\n  startsAt\n  endsAt\n  status\n  capacity\n  seatsTaken\n  seatsLeft\n  waitlistLength\n  online\n  onlineUrl\n  viewerCanRegister\n  activity {\n    id\n    title\n    format\n  }\n  themes {\n    id\n    title\n  }\n  venue {\n    id\n    name\n    room\n  }\n  hostMunicipality {\n    id\n    name\n  }\n  viewerRegistration {\n    id\n    status\n    waitlistPosition\n  }\n}"): (typeof documents)["fragment SessionSummary on Session {\n  id\n  startsAt\n  endsAt\n  status\n  capacity\n  seatsTaken\n  seatsLeft\n  waitlistLength\n  online\n  onlineUrl\n  viewerCanRegister\n  activity {\n    id\n    title\n    format\n  }\n  themes {\n    id\n    title\n  }\n  venue {\n    id\n    name\n    room\n  }\n  hostMunicipality {\n    id\n    name\n  }\n  viewerRegistration {\n    id\n    status\n    waitlistPosition\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Session($id: ID!) {\n  session(id: $id) {\n    ...SessionSummary\n    registrationDeadline\n    showParticipantNames\n    maxPerMunicipality\n    timeZone\n    activity {\n      id\n      description\n      programme {\n        id\n        name\n      }\n    }\n    venue {\n      id\n      address\n    }\n    facilitators {\n      id\n      name\n      organisation\n    }\n    participants {\n      name\n      municipality {\n        id\n        name\n      }\n    }\n    viewerCan {\n      edit\n      cancel\n    }\n    viewerRegistration {\n      ...RegistrationFields\n    }\n  }\n}"): (typeof documents)["query Session($id: ID!) {\n  session(id: $id) {\n    ...SessionSummary\n    registrationDeadline\n    showParticipantNames\n    maxPerMunicipality\n    timeZone\n    activity {\n      id\n      description\n      programme {\n        id\n        name\n      }\n    }\n    venue {\n      id\n      address\n    }\n    facilitators {\n      id\n      name\n      organisation\n    }\n    participants {\n      name\n      municipality {\n        id\n        name\n      }\n    }\n    viewerCan {\n      edit\n      cancel\n    }\n    viewerRegistration {\n      ...RegistrationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sessions($filter: SessionFilter, $page: PageInput) {\n  sessions(filter: $filter, page: $page) {\n    total\n    items {\n      ...SessionSummary\n    }\n  }\n}"): (typeof documents)["query Sessions($filter: SessionFilter, $page: PageInput) {\n  sessions(filter: $filter, page: $page) {\n    total\n    items {\n      ...SessionSummary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTheme($input: ThemeInput!) {\n  createTheme(input: $input) {\n    ...ThemeFields\n  }\n}"): (typeof documents)["mutation CreateTheme($input: ThemeInput!) {\n  createTheme(input: $input) {\n    ...ThemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetThemeActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {\n  setThemeActive(id: $id, active: $active, expectedVersion: $expectedVersion) {\n    id\n    active\n    version\n    updatedAt\n  }\n}"): (typeof documents)["mutation SetThemeActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {\n  setThemeActive(id: $id, active: $active, expectedVersion: $expectedVersion) {\n    id\n    active\n    version\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemeFacetOptions {\n  facets(includeInactive: true) {\n    id\n    name\n    active\n    position\n  }\n}"): (typeof documents)["query ThemeFacetOptions {\n  facets(includeInactive: true) {\n    id\n    name\n    active\n    position\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ThemeFields on Theme {\n  id\n  version\n  title\n  description\n  yearIdentified\n  active\n  updatedAt\n  facets {\n    id\n    name\n    active\n  }\n  viewerCan {\n    edit\n  }\n}"): (typeof documents)["fragment ThemeFields on Theme {\n  id\n  version\n  title\n  description\n  yearIdentified\n  active\n  updatedAt\n  facets {\n    id\n    name\n    active\n  }\n  viewerCan {\n    edit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemePeerTracks($themeId: ID!) {\n  themeProgramme(themeId: $themeId) {\n    peerTracks {\n      id\n      title\n      startsOn\n      endsOn\n      enrolmentStatus\n      enrolmentCount {\n        kind\n        value\n        bound\n      }\n      publishedGroupCount\n      publishedGroupCountWithheld\n    }\n  }\n}"): (typeof documents)["query ThemePeerTracks($themeId: ID!) {\n  themeProgramme(themeId: $themeId) {\n    peerTracks {\n      id\n      title\n      startsOn\n      endsOn\n      enrolmentStatus\n      enrolmentCount {\n        kind\n        value\n        bound\n      }\n      publishedGroupCount\n      publishedGroupCountWithheld\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThemePictureLine($themeId: ID!) {\n  themePictureLine(themeId: $themeId) {\n    ...PictureLineFields\n  }\n  latestPicture {\n    id\n    publishedAt\n  }\n}"): (typeof documents)["query ThemePictureLine($themeId: ID!) {\n  themePictureLine(themeId: $themeId) {\n    ...PictureLineFields\n  }\n  latestPicture {\n    id\n    publishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Theme($id: ID!) {\n  theme(id: $id) {\n    ...ThemeFields\n  }\n}"): (typeof documents)["query Theme($id: ID!) {\n  theme(id: $id) {\n    ...ThemeFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Themes($filter: ThemeFilter, $sort: ThemeSort, $page: PageInput) {\n  themes(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...ThemeFields\n    }\n  }\n}"): (typeof documents)["query Themes($filter: ThemeFilter, $sort: ThemeSort, $page: PageInput) {\n  themes(filter: $filter, sort: $sort, page: $page) {\n    total\n    items {\n      ...ThemeFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTheme($id: ID!, $input: ThemeInput!, $expectedVersion: Int!) {\n  updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ThemeFields\n  }\n}"): (typeof documents)["mutation UpdateTheme($id: ID!, $input: ThemeInput!, $expectedVersion: Int!) {\n  updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    ...ThemeFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;