package vn.giaoban.minutes;

import java.io.IOException;
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
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
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

    record SignatureReport(String signer, OffsetDateTime signedAt, boolean valid, boolean byteRangeIntact,
                           boolean coversWholeDocument, boolean trusted) {
    }

    record Report(boolean valid, String sha256, int size, List<SignatureReport> signatures) {
    }

    private final SigningKeys keys;
    private final ZoneId zone;

    SignatureVerifier(SigningKeys keys, GiaobanProperties properties) {
        this.keys = keys;
        this.zone = properties.zone();
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
                trusted = issuedByAuthority(certificate);
            } catch (Exception unverifiable) {
                valid = false;
            }
        }
        return new SignatureReport(signer, signedAt, valid, intact, whole, trusted);
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

    private boolean issuedByAuthority(X509CertificateHolder certificate) {
        try {
            X509Certificate ca = keys.authorityCertificate();
            JcaX509CertificateHolder anchor = new JcaX509CertificateHolder(ca);
            return certificate.getIssuer().equals(anchor.getSubject())
                    && certificate.isSignatureValid(new org.bouncycastle.operator.jcajce
                    .JcaContentVerifierProviderBuilder().build(ca.getPublicKey()));
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
