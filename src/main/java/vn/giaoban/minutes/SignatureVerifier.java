package vn.giaoban.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;
import org.springframework.stereotype.Component;

import vn.giaoban.common.GiaobanProperties;
import vn.giaoban.common.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Checks every signature of a PDF: the CMS signature over its byte range, that the byte range is whole (only the
 * signature itself left out), whether the document goes on after it, and whether the signer's certificate was
 * issued by the service's CA.
 */
@Component
class SignatureVerifier {

    /**
     * @param valid               the CMS signature verifies over exactly the signed bytes
     * @param byteRangeIntact     the signed ranges leave out only the signature value itself
     * @param coversWholeDocument nothing follows the signed bytes
     * @param appendedAfter       bytes follow this signature (later signatures, or a change after signing)
     * @param trusted             the certificate chains to the service's CA or a configured trust anchor
     */
    record SignatureReport(String signer, OffsetDateTime signedAt, boolean valid, boolean byteRangeIntact,
                           boolean coversWholeDocument, boolean appendedAfter, boolean trusted) {
    }

    record Report(boolean valid, String sha256, int size, List<SignatureReport> signatures) {
    }

    private final SigningKeys keys;
    private final List<X509Certificate> anchors = new ArrayList<>();
    private final ZoneId zone;

    SignatureVerifier(SigningKeys keys, SigningProperties signing, GiaobanProperties properties) throws IOException {
        this.keys = keys;
        this.zone = properties.zone();
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
            for (Path file : signing.trustAnchors()) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (java.security.cert.Certificate c : factory.generateCertificates(in)) {
                        anchors.add((X509Certificate) c);
                    }
                }
            }
        } catch (CertificateException e) {
            throw new IOException("Cannot read the configured trust anchors", e);
        }
    }

    Report verify(byte[] pdf) {
        List<SignatureReport> reports = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                reports.add(check(signature, pdf));
            }
        } catch (IOException unreadable) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "verification.notPdf");
        }
        boolean lastCoversAll = !reports.isEmpty() && reports.get(reports.size() - 1).coversWholeDocument();
        boolean allValid = !reports.isEmpty() && reports.stream().allMatch(r -> r.valid() && r.byteRangeIntact());
        return new Report(allValid && lastCoversAll, sha256(pdf), pdf.length, reports);
    }

    private SignatureReport check(PDSignature signature, byte[] pdf) {
        String signer = signature.getName();
        OffsetDateTime signedAt = null;
        Calendar date = signature.getSignDate();
        if (date != null) {
            signedAt = date.toInstant().atZone(zone).toOffsetDateTime();
        }
        int[] range = signature.getByteRange();
        boolean intact = range != null && range.length == 4 && range[0] == 0 && range[1] > 0
                && range[2] > range[1] && range[3] >= 0 && (long) range[2] + range[3] <= pdf.length
                && contentsFillGap(pdf, range);
        boolean whole = intact && (long) range[2] + range[3] == pdf.length;
        boolean appended = intact && (long) range[2] + range[3] < pdf.length;
        boolean valid = false;
        boolean trusted = false;
        if (intact) {
            try {
                byte[] contents = signature.getContents(pdf);
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                        contents);
                SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches =
                        cms.getCertificates().getMatches((Selector<X509CertificateHolder>) info.getSID());
                X509CertificateHolder certificate = matches.iterator().next();
                valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
                signer = commonName(certificate.getSubject(), signer);
                trusted = chainsToAnchor(certificate, cms.getCertificates().getMatches(null));
            } catch (Exception unverifiable) {
                valid = false;
            }
        }
        return new SignatureReport(signer, signedAt, valid, intact, whole, appended, trusted);
    }

    /** The gap between the two ranges must hold exactly the hex-encoded /Contents string and nothing else. */
    private static boolean contentsFillGap(byte[] pdf, int[] range) {
        int start = range[1];
        int end = range[2];
        if (end > pdf.length || start >= end) {
            return false;
        }
        if (pdf[start] != '<' || pdf[end - 1] != '>') {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            byte b = pdf[i];
            boolean hex = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }

    /** Walks up through the certificates the CMS carries until one is issued by a trust anchor (at most 5 steps). */
    private boolean chainsToAnchor(X509CertificateHolder signerCertificate, Collection<?> carried) {
        List<X509Certificate> trusted = new ArrayList<>(anchors);
        trusted.add(keys.authorityCertificate());
        X509CertificateHolder current = signerCertificate;
        for (int depth = 0; depth < 5 && current != null; depth++) {
            for (X509Certificate anchor : trusted) {
                if (issuedBy(current, anchor.getPublicKey(), anchor.getSubjectX500Principal().getEncoded())) {
                    return true;
                }
            }
            X509CertificateHolder next = null;
            for (Object candidate : carried) {
                X509CertificateHolder issuer = (X509CertificateHolder) candidate;
                if (!issuer.equals(current) && issuer.getSubject().equals(current.getIssuer())) {
                    try {
                        if (issuedBy(current, new JcaX509CertificateConverter().getCertificate(issuer).getPublicKey(),
                                issuer.getSubject().getEncoded())) {
                            next = issuer;
                        }
                    } catch (Exception ignored) {
                        // not a usable issuer
                    }
                }
            }
            current = next;
        }
        return false;
    }

    private static boolean issuedBy(X509CertificateHolder certificate, PublicKey key, byte[] issuerName) {
        try {
            return java.util.Arrays.equals(certificate.getIssuer().getEncoded(), issuerName)
                    && certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (Exception e) {
            return false;
        }
    }

    private static String commonName(X500Name name, String fallback) {
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? fallback : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
