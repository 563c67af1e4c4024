// The unaliased WXT module that components/quiet-content-script-context.ts extends.
declare module 'wxt-original/content-script-context' {
  export * from 'wxt/utils/content-script-context';
}
