package vn.giaoban.support;

import org.junit.jupiter.api.Assumptions;

/**
 * Something a test needs from the machine (a database server, a browser). Missing on a developer's laptop, the test
 * is skipped with the reason; missing in CI ({@code CI=true}), the test fails, so nothing is skipped there silently.
 */
public final class Required {

    private Required() {
    }

    public static void present(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(what + " is required in CI");
        }
        Assumptions.abort(what + " is missing; the test is skipped (it fails with CI=true)");
    }
}
