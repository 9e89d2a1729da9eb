import { http, HttpResponse } from 'msw';
import { EDITABLE_ORG_FIELDS, orgFieldRules, type OrgUpdate } from '../../api/contract/org-details';
import { isOrgEditorRole } from '../../api/contract/org-role';
import type { MockDb } from '../db';
import { DOCUMENTED_ORGANIZATION } from '../documented';
import type { Faults } from '../faults';
import type { Membership, MockOrg } from '../seed';
import { errorResponse, readCredential, readJsonBody } from './respond';
import { withFault, type MockSettings } from './with-fault';

type Params = { orgId: string };

export function organizationHandlers(db: MockDb, faults: Faults, settings: MockSettings) {
  const access = async (
    request: Request,
    orgId: string,
  ): Promise<{ error: Response } | { org: MockOrg; membership: Membership }> => {
    const user = await db.authenticate(readCredential(request));
    if (!user) return { error: errorResponse(401, 'Authentication required') };
    const org = db.findOrg(orgId);
    if (!org) return { error: errorResponse(404, 'Organization not found') };
    const membership = db.membership(user, org.slug);
    if (!membership) {
      return {
        error: errorResponse(403, 'Access denied: you are not a member of this organization'),
      };
    }
    return { org, membership };
  };

  return [
    http.get<Params>('*/organization/:orgId', ({ request, params }) =>
      withFault(
        faults,
        settings,
        'org:read',
      )(async () => {
        const found = await access(request, params.orgId);
        if ('error' in found) return found.error;
        if (found.org.documented) return HttpResponse.json(DOCUMENTED_ORGANIZATION);
        return HttpResponse.json({ success: true, data: found.org.details });
      }),
    ),
    http.put<Params>('*/organization/:orgId', ({ request, params }) =>
      withFault(
        faults,
        settings,
        'org:update',
      )(async () => {
        const found = await access(request, params.orgId);
        if ('error' in found) return found.error;
        if (!isOrgEditorRole(found.membership.role)) {
          return errorResponse(
            403,
            'Insufficient permissions: only OWNER and ADMINISTRATOR roles can modify organization',
          );
        }
        const changes = readChanges(await readJsonBody(request));
        if ('error' in changes) return errorResponse(400, changes.error);
        // The document's server answers its example, whatever was sent, and keeps nothing.
        if (found.org.documented) return HttpResponse.json(DOCUMENTED_ORGANIZATION);
        const data = db.updateOrg(found.org, changes.update);
        return HttpResponse.json({
          success: true,
          data,
          message: 'Organization updated successfully',
        });
      }),
    ),
  ];
}

/** Keeps only editable fields (read-only and unknown ones are ignored) and checks each value. */
function readChanges(body: unknown): { update: OrgUpdate } | { error: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { error: 'Request body must be a JSON object' };
  }
  const update: Record<string, unknown> = {};
  for (const field of EDITABLE_ORG_FIELDS) {
    const value = (body as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const result = orgFieldRules[field].safeParse(value);
    if (!result.success) {
      return {
        error: `Invalid value for ${field}: ${result.error.issues[0]?.message ?? 'invalid'}`,
      };
    }
    update[field] = result.data;
  }
  if (Object.keys(update).length === 0) return { error: 'No valid fields to update' };
  return { update };
}
