/** Shape of a personal link's token (43 base64url characters), checked before any database work. Client-safe. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
