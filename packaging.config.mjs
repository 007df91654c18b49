// Packaging (electron-builder configuration). The app ships as an asar archive whose integrity
// Electron checks at start, and the fuses are flipped after packing by scripts/fuses.mjs.
export default {
  appId: 'app.ladder.desktop',
  productName: 'Ladder',
  directories: { output: 'dist' },
  files: ['out/**', 'resources/**', 'package.json'],
  asar: true,
  afterPack: './scripts/fuses.mjs',
  mac: { target: 'dmg', hardenedRuntime: true },
  win: { target: 'nsis' },
  linux: { target: 'AppImage', executableName: 'ladder' },
};
