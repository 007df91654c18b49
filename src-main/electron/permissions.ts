// Wires the permission rule into a session: requests and checks answer the same way.
import type { Session } from 'electron';
import { APP_ORIGIN } from './appPath';
import { decidePermission } from './permissionRule';

export function installPermissionHandlers(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const media = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const origin =
      ('securityOrigin' in details ? details.securityOrigin : undefined) ?? details.requestingUrl;
    callback(decidePermission({ permission, mediaTypes: media, origin, appOrigin: APP_ORIGIN }));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    decidePermission({
      permission,
      mediaTypes: details.mediaType ? [details.mediaType] : [],
      origin: details.securityOrigin ?? requestingOrigin,
      appOrigin: APP_ORIGIN,
    }),
  );
  // Device enumeration and USB/HID/serial pickers stay closed.
  ses.setDevicePermissionHandler(() => false);
}
