/**
 * Saving text as a file through the browser's download. It lives with the download button
 * (ui/DownloadButton.tsx), so pages that have the button load one small piece of code, not two.
 */
export { downloadText } from './ui/DownloadButton';
