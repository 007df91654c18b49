// Toasts in the bottom-right corner. Errors stay until dismissed; the others fade after a while.
import { useEffect } from 'react';
import { Codicon } from '../ui/Codicon';
import { IconButton } from '../ui/IconButton';
import { dismissNotification, useWorkbench } from './store';
import type { Notification } from './types';

const ICONS: Record<Notification['severity'], string> = {
  info: 'info',
  warning: 'warning',
  error: 'error',
};
const LINGER_MS = 8000;

function Toast({ notification }: { notification: Notification }) {
  const { id, severity, message } = notification;
  useEffect(() => {
    if (severity === 'error') return;
    const timer = setTimeout(() => dismissNotification(id), LINGER_MS);
    return () => clearTimeout(timer);
  }, [id, severity]);
  return (
    <div className={`toast toast-${severity}`} role={severity === 'error' ? 'alert' : 'status'}>
      <Codicon name={ICONS[severity]} className="toast-icon" />
      <p className="toast-message">{message}</p>
      <IconButton
        icon="close"
        aria-label="Dismiss notification"
        onClick={() => dismissNotification(id)}
      />
    </div>
  );
}

export function Notifications() {
  const notifications = useWorkbench((s) => s.notifications);
  return (
    <section className="toasts" aria-label="Notifications">
      {notifications.map((n) => (
        <Toast key={n.id} notification={n} />
      ))}
    </section>
  );
}
