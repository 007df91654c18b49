// The welcome page's read: the app's version and where its journal lives.
import { defineRead } from '../../api/query';

export const appInfoRead = defineRead('app.info');
