import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

/**
 * Build stage only: turns a PEM bundle of CA certificates (the build secret {@code cacert}) into a PKCS12
 * trust store for Maven, in one JVM run ({@code keytool -importcert} takes one certificate per run).
 * Usage: {@code java PemTrustStore.java bundle.pem out.p12 password}
 */
public final class PemTrustStore {
    public static void main(String[] args) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int n = 0;
        try (InputStream in = new FileInputStream(args[0])) {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + n++, c);
            }
        }
        try (OutputStream out = new FileOutputStream(args[1])) {
            store.store(out, args[2].toCharArray());
        }
        System.out.println("trust store: " + n + " CA certificates from the build secret");
    }
}
