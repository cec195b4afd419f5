package vn.giaoban.minutes;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * What signing needs: a private key and its certificate chain (signer first). Today from a PKCS#12 store; a token
 * (PKCS#11) or a remote signer would provide the same through {@link PdfSigner}'s {@code SignatureInterface}.
 */
record SigningKey(PrivateKey privateKey, X509Certificate[] chain) {

    X509Certificate certificate() {
        return chain[0];
    }
}
