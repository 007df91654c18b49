// The journal feature's one entry point: its commands, side-bar views and editor types.
import { registerCommands } from '../../workbench/registry';
import { journalCommands } from './journalCommands';

registerCommands(journalCommands());
