export * from './blockScan';
