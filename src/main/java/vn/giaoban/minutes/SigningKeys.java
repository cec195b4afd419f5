package vn.giaoban.minutes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Enumeration;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.organization.PersonCard;
import vn.giaoban.organization.UnitCard;

/**
 * Finds the key a person signs with. A signer configured with their own PKCS#12 file uses it; everyone else gets a
 * key and certificate (CN = full name, O = organisation) issued once by the service's internal CA, created on first
 * use. All stores kept by the service are PKCS#12 protected by the configured keystore password.
 */
@Component
class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String ALIAS = "key";
    private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration SIGNER_VALIDITY = Duration.ofDays(5 * 365);

    private final SigningCredentialRepository credentials;
    private final SigningProperties settings;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final char[] storePassword;
    private final SecureRandom random = new SecureRandom();
    private volatile SigningKey authority;
    /**
     * Each person's key, opened, with the expiry of its certificate. Opening a PKCS#12 store derives its key with
     * PBKDF2, too slow for every signature, and reading the stored credential again would cost each signature a
     * statement; the credential changes only when renewed a day before it expires. Should another instance renew it
     * first, this one keeps signing with the old certificate, still valid, until its own renewal finds the new one.
     */
    private final java.util.Map<Long, OpenedKey> keysByUser = new java.util.concurrent.ConcurrentHashMap<>();

    private record OpenedKey(SigningKey key, Instant notAfter) {
    }

    SigningKeys(SigningCredentialRepository credentials, SigningProperties settings, GiaobanProperties common,
                PlatformTransactionManager transactions, Clock clock) throws IOException {
        this.credentials = credentials;
        this.settings = settings;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.storePassword = storePassword(settings.keystorePassword(), common.dataDir());
    }

    /** The signing key of a person, issuing one from the internal CA the first time. */
    SigningKey forSigner(PersonCard user, UnitCard organization) {
        SigningProperties.SignerKeystore own = settings.keystores().get(user.username());
        if (own != null) {
            return fromFile(own);
        }
        OpenedKey known = keysByUser.get(user.id());
        if (known != null && fresh(known.notAfter())) {
            return known.key();
        }
        SigningCredential stored = credentials.findByKindAndUserId(SigningCredential.Kind.SIGNER, user.id())
                .filter(credential -> fresh(credential.notAfter()))
                .orElse(null);
        if (stored == null) {
            stored = issueOnce(user, organization);
        }
        SigningKey key = open(stored.pkcs12(), storePassword, null);
        keysByUser.put(user.id(), new OpenedKey(key, stored.notAfter()));
        return key;
    }

    /**
     * Issues in its own transaction, one at a time in this process, so that two documents signed at once by the same
     * person share one certificate; if another process issued it meanwhile, its certificate is used.
     */
    private synchronized SigningCredential issueOnce(PersonCard user, UnitCard organization) {
        try {
            return newTransaction.execute(status -> {
                SigningCredential existing = credentials
                        .findByKindAndUserId(SigningCredential.Kind.SIGNER, user.id()).orElse(null);
                if (existing != null && fresh(existing.notAfter())) {
                    return existing;
                }
                if (existing != null) {
                    credentials.delete(existing);
                    credentials.flush();
                }
                return issue(user, organization);
            });
        } catch (DataIntegrityViolationException issuedElsewhere) {
            return newTransaction.execute(status -> credentials
                    .findByKindAndUserId(SigningCredential.Kind.SIGNER, user.id()).orElseThrow());
        }
    }

    /** A certificate is renewed a day before it expires. */
    private boolean fresh(Instant notAfter) {
        return notAfter.isAfter(clock.instant().plus(Duration.ofDays(1)));
    }

    /** The internal CA's certificate: the trust anchor of the keys it issued. */
    X509Certificate authorityCertificate() {
        return authority().certificate();
    }

    private SigningCredential issue(PersonCard user, UnitCard organization) {
        SigningKey ca = authority();
        try {
            KeyPair pair = keyPair(2048);
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, user.fullName());
            if (organization != null) {
                subject.addRDN(BCStyle.O, organization.name());
            }
            subject.addRDN(BCStyle.C, "VN");
            Instant now = clock.instant();
            Instant notAfter = now.plus(SIGNER_VALIDITY);
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    ca.certificate(), serial(), Date.from(now.minus(Duration.ofMinutes(5))), Date.from(notAfter),
                    subject.build(), pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(ca.certificate()));
            X509Certificate certificate = sign(builder, ca.privateKey());
            byte[] store = store(pair.getPrivate(), new X509Certificate[] {certificate, ca.certificate()});
            SigningCredential credential = new SigningCredential(SigningCredential.Kind.SIGNER, user.id(),
                    certificate.getSubjectX500Principal().getName(), store, notAfter, now);
            log.info("Issued a signing certificate for user {}", user.username());
            return credentials.saveAndFlush(credential);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not issue a signing certificate", e);
        }
    }

    private SigningKey authority() {
        SigningKey current = authority;
        if (current == null) {
            synchronized (this) {
                current = authority;
                if (current == null) {
                    // Its own transaction, so the CA exists once and for all even if the caller's work rolls back.
                    SigningCredential stored = newTransaction.execute(status -> credentials
                            .findFirstByKindOrderByIdAsc(SigningCredential.Kind.CA)
                            .orElseGet(this::createAuthority));
                    current = open(stored.pkcs12(), storePassword, null);
                    authority = current;
                }
            }
        }
        return current;
    }

    private SigningCredential createAuthority() {
        try {
            KeyPair pair = keyPair(3072);
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, "giaoban internal signing CA")
                    .addRDN(BCStyle.SERIALNUMBER, Long.toString(clock.millis()))
                    .addRDN(BCStyle.C, "VN").build();
            Instant now = clock.instant();
            Instant notAfter = now.plus(CA_VALIDITY);
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(notAfter), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            byte[] store = store(pair.getPrivate(), new X509Certificate[] {certificate});
            log.info("Created the internal signing CA");
            return credentials.saveAndFlush(new SigningCredential(SigningCredential.Kind.CA, null,
                    certificate.getSubjectX500Principal().getName(), store, notAfter, now));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not create the internal CA", e);
        }
    }

    private SigningKey fromFile(SigningProperties.SignerKeystore own) {
        try (InputStream in = Files.newInputStream(own.path())) {
            return open(in.readAllBytes(), own.password() == null ? new char[0] : own.password().toCharArray(),
                    own.alias());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the configured keystore " + own.path(), e);
        }
    }

    private static SigningKey open(byte[] pkcs12, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            String entry = alias;
            if (entry == null || entry.isBlank()) {
                Enumeration<String> aliases = store.aliases();
                while (aliases.hasMoreElements() && entry == null) {
                    String candidate = aliases.nextElement();
                    if (store.isKeyEntry(candidate)) {
                        entry = candidate;
                    }
                }
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            Certificate[] chain = store.getCertificateChain(entry);
            X509Certificate[] certificates = new X509Certificate[chain.length];
            for (int i = 0; i < chain.length; i++) {
                certificates[i] = (X509Certificate) chain[i];
            }
            return new SigningKey(key, certificates);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot open a signing keystore (wrong password?)", e);
        }
    }

    private byte[] store(PrivateKey key, X509Certificate[] chain) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, key, storePassword, chain);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, storePassword);
        return out.toByteArray();
    }

    private KeyPair keyPair(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, random);
        return generator.generateKeyPair();
    }

    private BigInteger serial() {
        return new BigInteger(127, random).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    /** The configured password, or one generated on first start and kept (owner-only) under the data directory. */
    private static char[] storePassword(String configured, Path dataDir) throws IOException {
        if (configured != null && !configured.isBlank()) {
            return configured.toCharArray();
        }
        Path file = dataDir.resolve("keystore-password");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        }
        Files.createDirectories(dataDir);
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Files.writeString(file, generated, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("Cannot restrict permissions of {} on this file system", file);
        }
        log.info("Generated the keystore password into {}", file.toAbsolutePath());
        return generated.toCharArray();
    }
}
