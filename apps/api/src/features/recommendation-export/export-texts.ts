import { glossaryIn, type ConsentStatus, type FollowUpStatus, type Locale, type Priority } from '@rode-draad/shared';
import type { TimelineEventKind } from '../follow-up/follow-up.types';

/** Column headers and labels of the export, in the viewer's language. */
export const EXPORT_TEXTS: Record<
  Locale,
  {
    fileName: string;
    sheets: { recommendations: string; timeline: string };
    columns: string[];
    timelineColumns: string[];
    status: Record<FollowUpStatus, string>;
    priority: Record<Priority, string>;
    kind: Record<TimelineEventKind, string>;
    consent: Record<ConsentStatus, string>;
    yes: string;
    no: string;
    none: string;
  }
> = {
  nl: {
    fileName: 'aanbevelingen',
    sheets: { recommendations: 'Aanbevelingen', timeline: 'Tijdlijn' },
    columns: [
      'Referentie',
      'Titel',
      'Toelichting',
      'Gemeente',
      'Facet',
      "Thema's",
      'Prioriteit',
      'Status',
      'Reden niet overgenomen',
      'Eigenaar',
      'Streefdatum',
      'Te laat',
      'Tijdlijn',
    ],
    timelineColumns: ['Referentie', 'Titel', 'Moment', 'Door', 'Wat', 'Details'],
    status: glossaryIn('nl').followUpStatus,
    priority: { P1: 'P1', P2: 'P2', P3: 'P3', P4: 'P4' },
    kind: {
      STATUS: 'Status',
      OWNER: 'Eigenaar',
      DUE_DATE: 'Streefdatum',
      PROGRESS: 'Voortgang',
      ATTACHMENT: 'Bijlage',
      LINK: 'Gekoppeld aan leeraanbod',
      UNLINK: 'Ontkoppeld van leeraanbod',
      CONSENT: 'Toestemming regionaal beeld',
      HOLD_BACK: 'Achtergehouden uit regionaal beeld',
      RELEASE: 'Weer gedeeld met regionaal beeld',
    },
    consent: { NOT_DECIDED: 'Nog niet besloten', AGREED: 'Akkoord', REFUSED: 'Geweigerd' },
    yes: 'ja',
    no: 'nee',
    none: 'geen',
  },
  en: {
    fileName: 'recommendations',
    sheets: { recommendations: 'Recommendations', timeline: 'Timeline' },
    columns: [
      'Reference',
      'Title',
      'Text',
      'Municipality',
      'Facet',
      'Themes',
      'Priority',
      'Status',
      'Reason not adopted',
      'Owner',
      'Due date',
      'Overdue',
      'Timeline',
    ],
    timelineColumns: ['Reference', 'Title', 'When', 'By', 'What', 'Details'],
    status: glossaryIn('en').followUpStatus,
    priority: { P1: 'P1', P2: 'P2', P3: 'P3', P4: 'P4' },
    kind: {
      STATUS: 'Status',
      OWNER: 'Owner',
      DUE_DATE: 'Due date',
      PROGRESS: 'Progress',
      ATTACHMENT: 'Attachment',
      LINK: 'Linked to learning',
      UNLINK: 'Unlinked from learning',
      CONSENT: 'Consent for the regional picture',
      HOLD_BACK: 'Held back from the regional picture',
      RELEASE: 'Shared with the regional picture again',
    },
    consent: { NOT_DECIDED: 'Not yet decided', AGREED: 'Agreed', REFUSED: 'Refused' },
    yes: 'yes',
    no: 'no',
    none: 'none',
  },
};
