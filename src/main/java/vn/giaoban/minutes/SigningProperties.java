package vn.giaoban.minutes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keystorePassword password of the PKCS#12 stores the service keeps (internal CA and issued signer keys);
 *                         empty means generated once into {@code <data-dir>/keystore-password}
 * @param keystores        signers who bring their own PKCS#12 file, by username
 * @param trustAnchors     certificates (PEM or DER files) besides the internal CA whose signers verification
 *                         reports as trusted, e.g. the national root for official-duty certificates
 */
@ConfigurationProperties("giaoban.signing")
record SigningProperties(String keystorePassword, @DefaultValue Map<String, SignerKeystore> keystores,
                         @DefaultValue List<Path> trustAnchors) {

    /** @param alias the key entry to use; empty means the first key entry in the file */
    record SignerKeystore(Path path, String password, String alias) {
    }
}
