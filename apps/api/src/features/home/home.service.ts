import type { DataSource } from 'typeorm';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { Acting } from '../../access/viewer';
import { recordAudit } from '../audit/audit.service';
import {
  disabledAccounts,
  failedMessageCount,
  pendingAccountInvitations,
  pendingRoleGrants,
} from './home-administration';
import { analysisItems } from './home-analysis';
import { colleagueRegistrations } from './home-colleagues';
import { followUpItems } from './home-follow-up';
import { personalItems } from './home-personal';
import { programmeItems } from './home-programme';
import { openTracks } from './home-tracks';
import type { Home } from './home.types';

/**
 * The home page's live items. Every section decides from the viewer's permissions whether it
 * applies and filters in SQL by the access layer's scope; all of them run in one viewer
 * transaction (row-level security as the second wall), with the audit entries of the
 * confidential reads written in it. A fixed number of statements per viewer, whatever the data.
 */
export class HomeService {
  constructor(private readonly db: DataSource) {}

  async forViewer(acting: Acting): Promise<Home> {
    const { viewer } = acting;
    const home = await inViewerTransaction(this.db, viewer, async (tx) => {
      const personal = await personalItems(tx, viewer);
      const tracks = await openTracks(tx, viewer);
      const followUp = await followUpItems(tx, viewer);
      const colleagues = await colleagueRegistrations(tx, viewer);
      const programme = await programmeItems(tx, viewer);
      const analysis = await analysisItems(tx, viewer);
      const grants = await pendingRoleGrants(tx, viewer);
      const disabled = await disabledAccounts(tx, viewer);
      const invitations = await pendingAccountInvitations(tx, viewer);
      await recordAudit(tx, viewer, acting.requestId, [...followUp.audit, ...analysis.audit]);
      return {
        ...personal,
        openTracks: tracks,
        followUp: followUp.followUp,
        colleagueRegistrations: colleagues,
        programme,
        analysis: analysis.analysis,
        pendingRoleGrants: grants,
        disabled,
        invitations,
      };
    });
    const failed = await failedMessageCount(this.db, viewer);
    const { disabled, invitations, ...sections } = home;
    return {
      ...sections,
      administration:
        disabled || failed !== null
          ? {
              disabledAccounts: disabled?.items ?? [],
              disabledTotal: disabled?.total ?? 0,
              failedMessages: failed ?? 0,
              pendingInvitations: invitations ?? 0,
            }
          : null,
    };
  }
}
