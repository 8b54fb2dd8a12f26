export declare const DEFAULT_URL: string;
export declare function publicUrl(value: string | undefined): string;
export declare function rewriteManifest(text: string, base: string): string;
