// Session components other screens embed: the grid views put StagedChangesBar under their grid.
// Import from here, not from the files, so the Sessions screen may reorganise its internals.
export { default as StagedChangesBar } from './StagedChangesBar.vue'
