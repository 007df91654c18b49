// Installs the native menu.
import { app, dialog, Menu } from 'electron';
import { menuTemplate } from './menuTemplate';

export function installMenu(dev: boolean): void {
  const onAbout = () => {
    void dialog.showMessageBox({
      type: 'info',
      title: `About ${app.getName()}`,
      message: `${app.getName()} ${app.getVersion()}`,
      detail: 'A private workbench for career conversations. Everything stays on this computer.',
      buttons: ['OK'],
    });
  };
  const template = menuTemplate({
    appName: app.getName(),
    isMac: process.platform === 'darwin',
    dev,
    onAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
