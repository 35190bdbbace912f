/** A file path as a SARIF artifactLocation URI: relative, forward slashes, each segment percent-encoded (SARIF 2.1.0 §3.4.3). */
export function artifactUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
