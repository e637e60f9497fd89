// The page's components save files through the one helper of the app state (state/save-file.ts).
export { saveFile as download } from '../state/save-file.ts';
