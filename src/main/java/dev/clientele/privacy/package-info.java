/**
 * Subject rights over personal data (GDPR Art. 17/20, PIPL Art. 45/47): one customer's complete
 * export and its erasure, gathered from every module through the {@link dev.clientele.privacy.PersonalDataPart}
 * registry, and the block list of keyed hashes that keeps an erased phone or email from coming back.
 */
package dev.clientele.privacy;
